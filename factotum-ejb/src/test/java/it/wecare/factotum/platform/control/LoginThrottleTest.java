package it.wecare.factotum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));

    @Test
    void failuresBelowTheLimitDoNotLock() {
        assertThat(throttle.lockAfter(1, NOW)).isEmpty();
        assertThat(throttle.lockAfter(4, NOW)).isEmpty();
    }

    @Test
    void theFailureThatReachesTheLimitLocksForTheConfiguredTime() {
        assertThat(throttle.lockAfter(5, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void everyFurtherFailureStartsTheLockAgain() {
        Instant later = NOW.plusSeconds(60);
        assertThat(throttle.lockAfter(6, later)).contains(later.plus(Duration.ofMinutes(15)));
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThatThrownBy(() -> new LoginThrottle(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
