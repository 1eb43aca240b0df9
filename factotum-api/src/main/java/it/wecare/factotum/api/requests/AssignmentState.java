package it.wecare.factotum.api.requests;

/** A worker's part in a request: proposed by an operator, then accepted, declined, timed out or withdrawn. */
public enum AssignmentState {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    TIMED_OUT,
    WITHDRAWN;

    /** Whether the assignment still holds the request (proposed or accepted). */
    public boolean isOpen() {
        return this == PROPOSED || this == ACCEPTED;
    }
}
