package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.TraineeshipState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** One traineeship in the educators' list, with its hours against the plan and what needs attention. */
public record TraineeshipRow(
        long id,
        String traineeName,
        String tutorName,
        String educatorName,
        TraineeshipState state,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal hoursDone,
        BigDecimal hoursDue,
        LocalDate nextCheckpoint,
        Set<Alert> alerts)
        implements Serializable {

    public TraineeshipRow {
        alerts = Set.copyOf(alerts);
    }

    /** What the list flags. */
    public enum Alert {
        /** Fewer hours done than the plan asked by today (below the allowance's threshold). */
        BEHIND_ON_HOURS,
        /** Ends within 30 days. */
        ENDING_SOON,
        /** Its end has passed and it is still under way: to complete or extend. */
        PAST_END,
        /** The monthly checkpoint is overdue. */
        CHECKPOINT_OVERDUE,
        /** Ended without its final assessment. */
        NOT_ASSESSED,
        /** A follow-up after the end is due. */
        FOLLOW_UP_DUE
    }
}
