package it.wecare.factotum.api.training;

/** Where a traineeship is in its lifecycle (the transitions are in docs/traineeship-transitions.md). */
public enum TraineeshipState {
    /** The individual project is being written; nothing has started. */
    DRAFT,
    /** Under way: the trainee works and learns beside the host's tutor. */
    ACTIVE,
    /** Paused (illness, a family matter): hours are not due meanwhile. */
    SUSPENDED,
    /** Ended as planned. */
    COMPLETED,
    /** Ended early, with a reason. */
    INTERRUPTED;

    /** Whether nothing can happen to the traineeship any more. */
    public boolean isFinal() {
        return this == COMPLETED || this == INTERRUPTED;
    }
}
