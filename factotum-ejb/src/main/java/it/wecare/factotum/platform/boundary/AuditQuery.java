package it.wecare.factotum.platform.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * Filters of the audit log; {@code null} or blank means "any".
 *
 * @param actor part of the actor's name or email
 * @param action part of the action's name
 * @param recordType exact type of the record, e.g. {@code Account}
 * @param recordId exact identifier of the record
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record AuditQuery(String actor, String action, String recordType, String recordId, Instant from, Instant to)
        implements Serializable {

    public static AuditQuery any() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
