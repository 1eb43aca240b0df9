package it.wecare.factotum.requests.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ProposalDeadlineTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z"); // 10:00 in Rome
    private static final Duration HOURS_48 = Duration.ofHours(48);

    @Test
    void theSettingsHoursWhenTheJobIsFarOff() {
        assertThat(ProposalDeadline.of(NOW, HOURS_48, LocalDate.of(2026, 12, 20), ROME))
                .isEqualTo(NOW.plus(HOURS_48));
    }

    @Test
    void neverAfterTheStartOfTheJobsLastDay() {
        assertThat(ProposalDeadline.of(NOW, HOURS_48, LocalDate.of(2026, 12, 4), ROME))
                .isEqualTo(Instant.parse("2026-12-03T23:00:00Z")); // midnight in Rome
    }

    @Test
    void aJobForTodayStillGetsAnHour() {
        assertThat(ProposalDeadline.of(NOW, HOURS_48, LocalDate.of(2026, 12, 3), ROME))
                .isEqualTo(NOW.plus(Duration.ofHours(1)));
    }
}
