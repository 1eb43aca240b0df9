package it.wecare.factotum.api.training;

/** What an educator or an administrator does to a traineeship (docs/traineeship-transitions.md). */
public enum TraineeshipAction {
    START,
    SUSPEND,
    RESUME,
    EXTEND,
    COMPLETE,
    INTERRUPT
}
