package it.wecare.factotum.barter.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A new goods category: its code (lower-case letters, digits, dashes), names and price list. */
public record GoodsCategoryDraft(
        @NotNull @Pattern(regexp = "[a-z0-9-]{2,40}") String code,
        @NotBlank @Size(max = 80) String nameIt,
        @NotBlank @Size(max = 80) String nameEn,

        @NotNull @DecimalMin("0.00") @DecimalMax("100000.00")
        BigDecimal newPrice,

        @Min(1) @Max(100) int usefulLifeYears,
        @NotNull @DecimalMin("0.00") @DecimalMax("3.00") BigDecimal need)
        implements Serializable {}
