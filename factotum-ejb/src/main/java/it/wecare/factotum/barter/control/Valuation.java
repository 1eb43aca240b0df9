package it.wecare.factotum.barter.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The value suggested for goods offered in exchange, and why, in steps an operator and the client can
 * read: the category's price for one item as new, times the condition's factor, times the depreciation
 * for the item's age (straight-line over the category's useful life, never below {@link #FLOOR} of the
 * value), times the cooperative's current need for the category, times the quantity. Amounts in euro,
 * rounded down to whole euros (a suggestion, never a promise of cents). The operator decides the final
 * value.
 */
public final class Valuation {

    /** An item keeps at least this share of its value for its age (a sturdy old table still serves). */
    static final BigDecimal FLOOR = new BigDecimal("0.20");

    private Valuation() {}

    /**
     * What the cooperative pays, as credit, for one item of a goods category.
     *
     * @param newPrice the value of one such item as new, in euro
     * @param usefulLifeYears after how many years only {@link #FLOOR} of the value is left
     * @param need how much the cooperative needs the category now (1 normal, 1.5 wanted, 0.5 plenty, 0 not
     *     accepted)
     */
    public record PriceRule(String category, BigDecimal newPrice, int usefulLifeYears, BigDecimal need)
            implements Serializable {
        public PriceRule {
            Objects.requireNonNull(category, "category");
            if (newPrice == null || newPrice.signum() < 0) {
                throw new IllegalArgumentException("newPrice must be 0 or more");
            }
            if (usefulLifeYears < 1) {
                throw new IllegalArgumentException("usefulLifeYears must be at least 1");
            }
            if (need == null || need.signum() < 0) {
                throw new IllegalArgumentException("need must be 0 or more");
            }
        }
    }

    /** An item as offered: its condition, age in years and how many of them. */
    public record Item(Condition condition, int ageYears, int quantity) implements Serializable {
        public Item {
            Objects.requireNonNull(condition, "condition");
            if (ageYears < 0 || quantity < 1) {
                throw new IllegalArgumentException("age must be 0 or more, quantity at least 1");
            }
        }
    }

    /**
     * One step of the suggestion.
     *
     * @param key its message key ({@code barter.step.<name>})
     * @param factor what it multiplies by (the price itself for the first step)
     */
    public record Step(String key, BigDecimal factor) implements Serializable {}

    /** The suggested value and how it was reached. */
    public record Suggestion(BigDecimal value, List<Step> steps) implements Serializable {
        public Suggestion {
            steps = List.copyOf(steps);
        }
    }

    /** The suggestion for {@code item} under {@code rule}. */
    public static Suggestion suggest(Item item, PriceRule rule) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("barter.step.newPrice", rule.newPrice()));
        steps.add(new Step(
                "barter.step.condition." + item.condition().name(),
                item.condition().factor()));
        BigDecimal age = depreciation(item.ageYears(), rule.usefulLifeYears());
        steps.add(new Step("barter.step.age", age));
        steps.add(new Step("barter.step.need", rule.need()));
        steps.add(new Step("barter.step.quantity", BigDecimal.valueOf(item.quantity())));
        BigDecimal value = steps.stream().map(Step::factor).reduce(BigDecimal.ONE, BigDecimal::multiply);
        return new Suggestion(value.setScale(0, RoundingMode.DOWN), steps);
    }

    /** Straight-line from 1 when new to {@link #FLOOR} at the end of the useful life, then flat. */
    static BigDecimal depreciation(int ageYears, int usefulLifeYears) {
        if (ageYears >= usefulLifeYears) {
            return FLOOR;
        }
        BigDecimal lost = BigDecimal.ONE
                .subtract(FLOOR)
                .multiply(BigDecimal.valueOf(ageYears))
                .divide(BigDecimal.valueOf(usefulLifeYears), 4, RoundingMode.HALF_EVEN);
        return BigDecimal.ONE.subtract(lost);
    }

    /**
     * The credit that may go to one job: what the client has, at most {@code maxShare} (0-1) of the job's
     * total, never more than the total itself.
     */
    public static BigDecimal applicable(BigDecimal balance, BigDecimal jobTotal, BigDecimal maxShare) {
        if (balance.signum() <= 0 || jobTotal.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal cap = jobTotal.multiply(maxShare).setScale(2, RoundingMode.DOWN);
        return balance.min(cap).min(jobTotal).setScale(2, RoundingMode.DOWN);
    }
}
