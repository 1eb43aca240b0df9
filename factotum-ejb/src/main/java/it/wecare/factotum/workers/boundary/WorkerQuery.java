package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.workers.WorkerKind;
import java.io.Serializable;

/**
 * Filters and order of the back-office list; null means "any".
 *
 * @param name part of the first or last name
 * @param sortBy lastName, kind, organisationCode or createdAt
 */
public record WorkerQuery(
        String name, WorkerKind kind, String organisationCode, Boolean active, String sortBy, boolean ascending)
        implements Serializable {}
