package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.workers.WorkerKind;
import java.io.Serializable;

/** How to reach a worker by email: the worker's own address, or the login's when the sheet has none. */
public record WorkerContact(long workerId, String name, WorkerKind kind, String email, String language)
        implements Serializable {}
