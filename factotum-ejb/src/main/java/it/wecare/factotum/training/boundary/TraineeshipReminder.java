package it.wecare.factotum.training.boundary;

import java.time.LocalDate;

/**
 * A reminder for the educator who follows a traineeship (the administrators when none does), fired once per
 * occasion by {@link TrainingReminders}.
 *
 * @param day the checkpoint's day, the traineeship's end or the follow-up's day
 */
public record TraineeshipReminder(
        Occasion occasion, long traineeshipId, Long educatorId, String traineeName, LocalDate day) {

    /** What the reminder is about. */
    public enum Occasion {
        CHECKPOINT_DUE,
        CHECKPOINT_OVERDUE,
        ENDING,
        FOLLOW_UP_DUE
    }
}
