package it.wecare.factotum.requests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.api.requests.TimeOfDay;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobSlotTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** Client's window 1-10 December, in the given time of day; the slot asked; the field refused or "ok". */
    @ParameterizedTest(name = "{0} {1} {2} {3}min -> {4}")
    @CsvSource({
        "ANY,       2026-12-01, 09:00, 120, ok",
        "ANY,       2026-12-10, 19:00, 120, ok",
        "ANY,       2026-11-30, 09:00, 120, scheduledDate",
        "ANY,       2026-12-11, 09:00, 120, scheduledDate",
        "ANY,       2026-12-05, 06:30, 60,  scheduledStart",
        "ANY,       2026-12-05, 20:00, 90,  scheduledStart",
        "ANY,       2026-12-05, 09:00, 10,  scheduledMinutes",
        "ANY,       2026-12-05, 09:00, 601, scheduledMinutes",
        "MORNING,   2026-12-05, 12:59, 60,  ok",
        "MORNING,   2026-12-05, 13:00, 60,  scheduledStart",
        "AFTERNOON, 2026-12-05, 13:00, 60,  ok",
        "AFTERNOON, 2026-12-05, 12:30, 60,  scheduledStart",
    })
    void aSlotMustFitTheClientsWishAndTheWorkingDay(
            TimeOfDay time, LocalDate date, LocalTime start, int minutes, String outcome) {
        DateWish wish = new DateWish(null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10), time);
        if (outcome.equals("ok")) {
            JobSlot slot = JobSlot.fitting(date, start, minutes, wish, TODAY);
            assertThat(slot.end()).isEqualTo(start.plusMinutes(minutes));
        } else {
            assertThatThrownBy(() -> JobSlot.fitting(date, start, minutes, wish, TODAY))
                    .isInstanceOfSatisfying(
                            BrokenRule.class, e -> assertThat(e.field()).isEqualTo(outcome));
        }
    }

    @Test
    void missingValuesAndPastDaysAreNamed() {
        DateWish wish = DateWish.window(TODAY, TODAY.plusDays(5), TimeOfDay.ANY, TODAY);
        assertThatThrownBy(() -> JobSlot.fitting(null, LocalTime.NOON, 60, wish, TODAY))
                .isInstanceOfSatisfying(
                        BrokenRule.class, e -> assertThat(e.field()).isEqualTo("scheduledDate"));
        assertThatThrownBy(() -> JobSlot.fitting(TODAY, null, 60, wish, TODAY))
                .isInstanceOfSatisfying(
                        BrokenRule.class, e -> assertThat(e.field()).isEqualTo("scheduledStart"));
        assertThatThrownBy(() -> JobSlot.fitting(TODAY, LocalTime.NOON, null, wish, TODAY))
                .isInstanceOfSatisfying(
                        BrokenRule.class, e -> assertThat(e.field()).isEqualTo("scheduledMinutes"));
        assertThatThrownBy(() -> JobSlot.fitting(
                        TODAY.minusDays(1),
                        LocalTime.NOON,
                        60,
                        wish,
                        TODAY.minusDays(1).plusDays(1)))
                .isInstanceOfSatisfying(
                        BrokenRule.class, e -> assertThat(e.messageKey()).isEqualTo("request.error.datePast"));
    }

    @Test
    void slotsOverlapOnlyOnTheSameDayWhenTheirMinutesMeet() {
        JobSlot nineToEleven = new JobSlot(TODAY, LocalTime.of(9, 0), 120);
        assertThat(nineToEleven.overlaps(new JobSlot(TODAY, LocalTime.of(10, 30), 60)))
                .isTrue();
        assertThat(nineToEleven.overlaps(new JobSlot(TODAY, LocalTime.of(8, 0), 240)))
                .isTrue();
        assertThat(nineToEleven.overlaps(new JobSlot(TODAY, LocalTime.of(11, 0), 60)))
                .isFalse();
        assertThat(nineToEleven.overlaps(new JobSlot(TODAY, LocalTime.of(8, 0), 60)))
                .isFalse();
        assertThat(nineToEleven.overlaps(new JobSlot(TODAY.plusDays(1), LocalTime.of(9, 0), 120)))
                .isFalse();
        assertThat(nineToEleven).hasToString("2026-11-26 09:00-11:00");
    }
}
