package it.wecare.factotum.reporting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The impact figures of a period beside those of the period before, in families (demand and service,
 * workers and fairness, quality, circular economy, social), each with its indicators and its breakdowns.
 * Names come in the language asked for; the definitions (formula and source) are on the methodology page.
 */
public record ImpactFigures(ImpactPeriod period, ImpactPeriod previous, String organisationName, List<Family> families)
        implements Serializable {

    public ImpactFigures {
        families = List.copyOf(families);
    }

    /** How a figure is measured. */
    public enum Unit {
        COUNT,
        PERCENT,
        EURO,
        HOURS,
        DAYS,
        KG,
        CO2E_KG,
        STARS,
        RATIO,
        INDEX
    }

    /**
     * One value; {@code value} null when it cannot be computed (an average of nothing), {@code hidden} when
     * fewer than five people are behind it and it must show "< 5".
     */
    public record Figure(BigDecimal value, boolean hidden) implements Serializable {

        public static final Figure NONE = new Figure(null, false);

        public static Figure of(long value) {
            return new Figure(BigDecimal.valueOf(value), false);
        }

        public static Figure of(BigDecimal value) {
            return new Figure(value, false);
        }

        public static Figure of(Double value, int scale) {
            return value == null || value.isNaN()
                    ? NONE
                    : new Figure(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP), false);
        }

        /** {@code part} out of {@code whole} as a percentage with one decimal; none when the whole is zero. */
        public static Figure percent(long part, long whole) {
            return whole == 0
                    ? NONE
                    : new Figure(
                            BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP),
                            false);
        }

        public Figure hiddenWhen(boolean small) {
            return small ? new Figure(null, true) : this;
        }

        public boolean known() {
            return value != null && !hidden;
        }
    }

    /** An indicator: its key (its name and definition in the bundle), its unit, now and in the period before. */
    public record Indicator(String key, String name, Unit unit, Figure now, Figure before) implements Serializable {

        /** The change from the period before (in the indicator's unit); empty when either is unknown. */
        public Optional<BigDecimal> change() {
            return now.known() && before.known() ? Optional.of(now.value().subtract(before.value())) : Optional.empty();
        }
    }

    /** One line of a breakdown: a code, its name, now and in the period before. */
    public record Line(String code, String label, Figure now, Figure before) implements Serializable {}

    /** A figure split by something (channel, category, province, month…). */
    public record Breakdown(String key, String name, Unit unit, List<Line> lines) implements Serializable {

        public Breakdown {
            lines = List.copyOf(lines);
        }
    }

    /** A family of indicators; {@code note} says what the filters do not apply to, or null. */
    public record Family(String key, String name, List<Indicator> indicators, List<Breakdown> breakdowns, String note)
            implements Serializable {

        public Family {
            indicators = List.copyOf(indicators);
            breakdowns = List.copyOf(breakdowns);
        }

        public Indicator indicator(String key) {
            return indicators.stream()
                    .filter(i -> i.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no indicator " + key + " in " + this.key));
        }

        public Breakdown breakdown(String key) {
            return breakdowns.stream()
                    .filter(b -> b.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no breakdown " + key + " in " + this.key));
        }
    }

    public Family family(String key) {
        return families.stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no family " + key));
    }
}
