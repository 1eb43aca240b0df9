package it.wecare.factotum.platform.boundary;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String recordId;

    public RecordNotFound(String recordType, Object recordId) {
        super(recordType + " " + recordId + " does not exist");
        this.recordType = recordType;
        this.recordId = String.valueOf(recordId);
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
