package it.wecare.factotum.barter.control;

import java.math.BigDecimal;

/** The state of a used item, as the client describes it and an operator confirms it. */
public enum Condition {
    NEW("1.00"),
    EXCELLENT("0.80"),
    GOOD("0.60"),
    FAIR("0.40"),
    NEEDS_REPAIR("0.15");

    private final BigDecimal factor;

    Condition(String factor) {
        this.factor = new BigDecimal(factor);
    }

    /** The share of a new item's price an item in this condition is worth. */
    public BigDecimal factor() {
        return factor;
    }
}
