package it.wecare.factotum.workers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnavailabilityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 24);

    @Test
    void daysAwayRunForwardForAtMostAYearAndOverlapInclusively() {
        Unavailability holidays = new Unavailability(7, DAY, DAY.plusDays(6), " Ferie ", "op", Instant.EPOCH);
        assertThat(holidays.getReason()).isEqualTo("Ferie");
        assertThat(holidays.overlaps(DAY.plusDays(6), DAY.plusDays(10))).isTrue();
        assertThat(holidays.overlaps(DAY.minusDays(3), DAY)).isTrue();
        assertThat(holidays.overlaps(DAY.plusDays(7), DAY.plusDays(8))).isFalse();
        assertThat(holidays.overlaps(DAY.minusDays(3), DAY.minusDays(1))).isFalse();
        assertThatThrownBy(() -> new Unavailability(7, DAY, DAY.minusDays(1), null, "op", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Unavailability(7, DAY, DAY.plusDays(366), null, "op", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Unavailability(7, DAY, DAY.plusDays(365), null, "op", Instant.EPOCH).getReason())
                .isNull();
    }
}
