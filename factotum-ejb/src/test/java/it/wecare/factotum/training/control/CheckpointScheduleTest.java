package it.wecare.factotum.training.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The monthly checkpoint: a month after the last one (or the start), never after the end; late after the grace. */
class CheckpointScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 12);
    private static final LocalDate END = LocalDate.of(2026, 7, 11);
    private final CheckpointSchedule monthly = new CheckpointSchedule(1, 7);

    @Test
    void theFirstFallsAMonthAfterTheStartAndEachNextAMonthAfterTheLastHeld() {
        assertThat(monthly.next(START, END, null)).contains(LocalDate.of(2026, 2, 12));
        // held a few days late: the next one counts from the day it was held
        assertThat(monthly.next(START, END, LocalDate.of(2026, 2, 16))).contains(LocalDate.of(2026, 3, 16));
        // a checkpoint recorded before the start (a preliminary interview) counts from the start
        assertThat(monthly.next(START, END, LocalDate.of(2026, 1, 5))).contains(LocalDate.of(2026, 2, 12));
        assertThat(new CheckpointSchedule(2, 7).next(START, END, null)).contains(LocalDate.of(2026, 3, 12));
    }

    @Test
    void noCheckpointFallsAfterTheEndWhereTheFinalAssessmentTakesItsPlace() {
        // 11 July 2026 is a Saturday: the last working day before the end
        assertThat(monthly.next(START, END, LocalDate.of(2026, 6, 11))).contains(LocalDate.of(2026, 7, 10));
        assertThat(monthly.next(START, END, LocalDate.of(2026, 6, 20))).isEmpty();
    }

    @Test
    void aCheckpointThatWouldFallOnAWeekEndOrAHolidayMovesToTheNextWorkingDay() {
        // a month after 1 April 2026 is Friday 1 May, a holiday; Saturday and Sunday follow: Monday 4 May
        assertThat(monthly.next(START, END, LocalDate.of(2026, 4, 1))).contains(LocalDate.of(2026, 5, 4));
        // a month after 14 March 2026 is Tuesday 14 April: a working day, it stays
        assertThat(monthly.next(START, END, LocalDate.of(2026, 3, 14))).contains(LocalDate.of(2026, 4, 14));
        // a month after 6 March is 6 April, Easter Monday 2026: the day after
        assertThat(monthly.next(START, END, LocalDate.of(2026, 3, 6))).contains(LocalDate.of(2026, 4, 7));
        // a month after 13 June is Monday 13 July, after the end (Saturday 11 July): none
        assertThat(monthly.next(START, END, LocalDate.of(2026, 6, 13))).isEmpty();
    }

    @Test
    void aCheckpointIsOverdueOnlyOnceTheDaysOfGraceHavePassed() {
        LocalDate due = LocalDate.of(2026, 2, 12);
        assertThat(monthly.overdue(due, due)).isFalse();
        assertThat(monthly.overdue(due, due.plusDays(7))).isFalse();
        assertThat(monthly.overdue(due, due.plusDays(8))).isTrue();
        assertThat(new CheckpointSchedule(1, 0).overdue(due, due.plusDays(1))).isTrue();
    }

    @Test
    void aScheduleNeedsAtLeastAMonthAndNoNegativeGrace() {
        assertThatThrownBy(() -> new CheckpointSchedule(0, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckpointSchedule(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
