package it.wecare.factotum.training.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the next in-itinere checkpoint falls: {@code everyMonths} after the last one held (the first one
 * after the start), on the next working day when that is a Saturday, a Sunday or a national holiday (the
 * last working day before the end when the end comes first), never after the end (the final assessment
 * takes its place then). A checkpoint is overdue
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
        if (due.isAfter(endsOn)) {
            return Optional.empty();
        }
        LocalDate working = due;
        while (!ItalianHolidays.isWorkingDay(working)) {
            working = working.plusDays(1);
        }
        if (!working.isAfter(endsOn)) {
            return Optional.of(working);
        }
        // the end falls on a week-end or a holiday: the last working day before it
        working = due;
        while (!ItalianHolidays.isWorkingDay(working) && working.isAfter(from)) {
            working = working.minusDays(1);
        }
        return Optional.of(working);
    }

    /** Whether a checkpoint of day {@code due} is overdue on {@code today}. */
    public boolean overdue(LocalDate due, LocalDate today) {
        return today.isAfter(due.plusDays(graceDays));
    }
}
