package it.wecare.factotum.training.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the next in-itinere checkpoint falls: {@code everyMonths} after the last one held (the first one
 * after the start), never after the end (the final assessment takes its place then). A checkpoint is overdue
 * once {@code graceDays} have passed after its day.
 *
 * @param everyMonths months between two checkpoints (a monthly interview by default)
 * @param graceDays days after its day before a checkpoint counts as overdue
 */
public record CheckpointSchedule(int everyMonths, int graceDays) {

    public CheckpointSchedule {
        if (everyMonths < 1 || graceDays < 0) {
            throw new IllegalArgumentException("every " + everyMonths + " months, " + graceDays + " days of grace");
        }
    }

    /**
     * The day of the next checkpoint of a traineeship from {@code startsOn} to {@code endsOn} whose last
     * checkpoint was held on {@code lastHeld} (null: none yet); empty when no checkpoint falls before the end.
     */
    public Optional<LocalDate> next(LocalDate startsOn, LocalDate endsOn, LocalDate lastHeld) {
        LocalDate from = lastHeld == null || lastHeld.isBefore(startsOn) ? startsOn : lastHeld;
        LocalDate due = from.plusMonths(everyMonths);
        return due.isAfter(endsOn) ? Optional.empty() : Optional.of(due);
    }

    /** Whether a checkpoint of day {@code due} is overdue on {@code today}. */
    public boolean overdue(LocalDate due, LocalDate today) {
        return today.isAfter(due.plusDays(graceDays));
    }
}
