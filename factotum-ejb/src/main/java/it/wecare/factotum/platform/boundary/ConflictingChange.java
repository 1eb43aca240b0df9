package it.wecare.factotum.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A change that cannot be applied to the record as it is now: someone else changed it first (lost update
 * prevented) or it would duplicate a unique value. The key names the reason in the resource bundle.
 */
@ApplicationException(rollback = true)
public class ConflictingChange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String STALE = "conflict.stale";

    private final String messageKey;

    public ConflictingChange(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
