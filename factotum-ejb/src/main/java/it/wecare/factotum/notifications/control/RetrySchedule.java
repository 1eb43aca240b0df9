package it.wecare.factotum.notifications.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again: after {@code base}, then twice as long each time, never more than
 * six hours apart; after {@code maxAttempts} attempts the email is marked failed for an operator.
 */
public record RetrySchedule(Duration base, int maxAttempts) {

    static final Duration CAP = Duration.ofHours(6);

    public RetrySchedule {
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("base must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Whether the {@code attempts}-th failed attempt was the last one allowed. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** When to try again after the {@code attempts}-th failed attempt at {@code now}. */
    public Instant next(int attempts, Instant now) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        Duration delay = base.multipliedBy(1L << exponent);
        return now.plus(delay.compareTo(CAP) > 0 ? CAP : delay);
    }
}
