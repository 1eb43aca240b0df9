package it.wecare.factotum.platform.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One audit entry as pages show it. */
public record AuditRecord(
        long id, Instant occurredAt, String actor, String action, String recordType, String recordId, String detail)
        implements Serializable {}
