package it.wecare.factotum.platform.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The conversions of what the figures' aggregates return (null when no row was counted) into the
 * figures' numbers, shared by every capability's figure queries.
 */
public final class Figures {

    private Figures() {}

    /** A count as a long: 0 where the aggregate found nothing. */
    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** An average as a double, or null where there was nothing to average. */
    public static Double average(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** A sum as an amount with {@code scale} decimals: zero where there was nothing to sum. */
    public static BigDecimal amount(Object value, int scale) {
        return value == null
                ? BigDecimal.ZERO.setScale(scale)
                : new BigDecimal(value.toString()).setScale(scale, RoundingMode.HALF_UP);
    }
}
