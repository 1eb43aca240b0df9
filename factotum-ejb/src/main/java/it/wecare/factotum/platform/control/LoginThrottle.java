package it.wecare.factotum.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When repeated failed logins lock an account: after {@code maxFailures} consecutive failures the account
 * is locked for {@code lockDuration}; every further failure while locked starts the lock again.
 */
public record LoginThrottle(int maxFailures, Duration lockDuration) {

    public LoginThrottle {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }

    /** Until when the account is locked after its {@code consecutiveFailures}-th failure at {@code now}. */
    public Optional<Instant> lockAfter(int consecutiveFailures, Instant now) {
        return consecutiveFailures >= maxFailures ? Optional.of(now.plus(lockDuration)) : Optional.empty();
    }
}
