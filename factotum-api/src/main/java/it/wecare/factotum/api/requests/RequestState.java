package it.wecare.factotum.api.requests;

/**
 * Where a quote request is in its lifecycle (DESIGN.md; the transitions are in
 * docs/request-transitions.md).
 */
public enum RequestState {
    SUBMITTED,
    IN_REVIEW,
    ASSIGNED,
    QUOTED,
    ACCEPTED,
    SCHEDULED,
    COMPLETED,
    CANCELLED,
    REJECTED,
    EXPIRED;

    /** Whether nothing can happen to the request any more. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED || this == REJECTED || this == EXPIRED;
    }
}
