package it.wecare.factotum.training.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A day in the educators' calendar: a checkpoint held or due, a traineeship's end, a follow-up due. */
public record TrainingDate(Kind kind, LocalDate day, long traineeshipId, String traineeName, boolean overdue)
        implements Serializable {

    /** What falls on the day. */
    public enum Kind {
        CHECKPOINT_HELD,
        CHECKPOINT_DUE,
        ENDS,
        FOLLOW_UP_DUE
    }
}
