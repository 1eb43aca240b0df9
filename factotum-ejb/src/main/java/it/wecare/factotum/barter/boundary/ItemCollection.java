package it.wecare.factotum.barter.boundary;

import it.wecare.factotum.barter.control.Destination;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/** An accepted item as collected: where it goes and what it weighs, measured. */
public record ItemCollection(
        long itemId,
        @NotNull Destination destination,

        @NotNull @DecimalMin("0.01") @DecimalMax("5000") BigDecimal measuredKg)
        implements Serializable {}
