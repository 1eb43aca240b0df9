package it.wecare.factotum.barter.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A goods category and its price list, as the back-office shows and edits it.
 *
 * @param newPrice the value of one item as new, in euro
 * @param usefulLifeYears after how many years an item keeps only the floor of its value
 * @param need the cooperative's current need: 1 normal, up to 3 when wanted, 0 when not accepted now
 * @param version send it back with a change
 */
public record GoodsCategoryView(
        String code,
        @NotBlank @Size(max = 80) String nameIt,
        @NotBlank @Size(max = 80) String nameEn,

        @NotNull @DecimalMin("0.00") @DecimalMax("100000.00")
        BigDecimal newPrice,

        @Min(1) @Max(100) int usefulLifeYears,
        @NotNull @DecimalMin("0.00") @DecimalMax("3.00") BigDecimal need,
        boolean active,
        Instant updatedAt,
        String updatedBy,
        long version)
        implements Serializable {}
