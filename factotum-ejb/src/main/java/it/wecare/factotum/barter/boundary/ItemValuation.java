package it.wecare.factotum.barter.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An operator's decision on one offered item: its final value in euro, or the reason it is not accepted;
 * and whether someone must see it before it is collected.
 */
public record ItemValuation(
        long itemId,

        @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2)
        BigDecimal value,

        @Size(max = 500) String reason,
        boolean inspection)
        implements Serializable {}
