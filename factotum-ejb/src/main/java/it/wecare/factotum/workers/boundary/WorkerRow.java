package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.workers.WorkerKind;
import java.io.Serializable;

/** A worker as the back-office list shows it. */
public record WorkerRow(
        long id,
        String firstName,
        String lastName,
        WorkerKind kind,
        String organisationCode,
        int skills,
        boolean publicProfile,
        boolean trainee,
        boolean active)
        implements Serializable {}
