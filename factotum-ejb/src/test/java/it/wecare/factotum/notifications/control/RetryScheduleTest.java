package it.wecare.factotum.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), 10);

    @Test
    void theWaitDoublesAfterEachFailure() {
        assertThat(schedule.next(1, NOW)).isEqualTo(NOW.plusSeconds(30));
        assertThat(schedule.next(2, NOW)).isEqualTo(NOW.plusSeconds(60));
        assertThat(schedule.next(3, NOW)).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void theWaitNeverExceedsSixHours() {
        assertThat(schedule.next(30, NOW)).isEqualTo(NOW.plus(Duration.ofHours(6)));
    }

    @Test
    void attemptsRunOutAtTheMaximum() {
        assertThat(schedule.exhausted(9)).isFalse();
        assertThat(schedule.exhausted(10)).isTrue();
    }
}
