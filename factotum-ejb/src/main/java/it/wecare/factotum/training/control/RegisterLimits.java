package it.wecare.factotum.training.control;

import java.math.BigDecimal;

/**
 * What the hours register accepts: a positive number of hours in half-hour steps, at most {@code maxDay} in
 * a day and {@code maxWeek} in a week (8 and 40 by default: the limits the registers of traineeships keep).
 *
 * @param maxDay the most hours in one day
 * @param maxWeek the most hours in one week (Monday to Sunday)
 */
public record RegisterLimits(int maxDay, int maxWeek) {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /**
     * Checks {@code hours} added to a day that already holds {@code dayBefore} and a week that holds
     * {@code weekBefore}.
     *
     * @throws TrainingRule naming {@code hours}
     */
    public void check(BigDecimal hours, BigDecimal dayBefore, BigDecimal weekBefore) {
        if (hours == null || hours.signum() <= 0) {
            throw new TrainingRule("hours", "traineeship.error.hoursPositive");
        }
        if (hours.remainder(HALF).signum() != 0) {
            throw new TrainingRule("hours", "traineeship.error.hoursHalf");
        }
        if (dayBefore.add(hours).compareTo(BigDecimal.valueOf(maxDay)) > 0) {
            throw new TrainingRule("hours", "traineeship.error.dayLimit", maxDay, dayBefore);
        }
        if (weekBefore.add(hours).compareTo(BigDecimal.valueOf(maxWeek)) > 0) {
            throw new TrainingRule("hours", "traineeship.error.weekLimit", maxWeek, weekBefore);
        }
    }
}
