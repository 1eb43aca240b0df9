package it.wecare.factotum.training.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The month's participation allowance ("indennità di partecipazione"): in full when the hours done reach
 * {@code threshold} of the hours planned for the month (70 %, D.G.R. 85-6277), reduced in proportion to the
 * hours done below it.
 *
 * @param threshold the share of the month's planned hours that earns the full allowance
 */
public record Allowance(BigDecimal threshold) {

    /** What the month pays: {@code monthly} in full, or its share for the hours done. */
    public BigDecimal due(BigDecimal monthly, BigDecimal planned, BigDecimal done) {
        if (planned.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal participation = done.divide(planned, 6, RoundingMode.HALF_UP);
        if (participation.compareTo(threshold) >= 0) {
            return monthly.setScale(2, RoundingMode.HALF_UP);
        }
        return monthly.multiply(participation).setScale(2, RoundingMode.HALF_UP);
    }

    /** The month's participation, in percent. */
    public static BigDecimal participation(BigDecimal planned, BigDecimal done) {
        return planned.signum() <= 0
                ? BigDecimal.ZERO
                : done.multiply(BigDecimal.valueOf(100)).divide(planned, 0, RoundingMode.HALF_UP);
    }
}
