package it.wecare.factotum.reporting.boundary;

import it.wecare.factotum.platform.boundary.InvalidInput;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days an impact figure covers (both included, days in Italy) and, when given, the one partner
 * organisation it is about.
 */
public record ImpactPeriod(LocalDate from, LocalDate to, String organisation) implements Serializable {

    /** The longest period a report may cover. */
    public static final int MAX_YEARS = 10;

    /**
     * @throws InvalidInput naming {@code from} or {@code to} when a day is missing, {@code to} when it comes
     *     before {@code from} or the period is longer than {@link #MAX_YEARS} years
     */
    public ImpactPeriod {
        if (from == null) {
            throw new InvalidInput("from", "impact.error.fromRequired");
        }
        if (to == null) {
            throw new InvalidInput("to", "impact.error.toRequired");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "impact.error.toBeforeFrom");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidInput("to", "impact.error.tooLong", MAX_YEARS);
        }
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
    }

    /** How many days the period covers. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The period just before this one, for the same organisation: as many whole months when this one is whole
     * months (a quarter, a year), else as many days.
     */
    public ImpactPeriod previous() {
        if (from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            return new ImpactPeriod(from.minusMonths(months), from.minusDays(1), organisation);
        }
        return new ImpactPeriod(from.minusDays(days()), from.minusDays(1), organisation);
    }
}
