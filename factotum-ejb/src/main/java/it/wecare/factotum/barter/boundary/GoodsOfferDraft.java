package it.wecare.factotum.barter.boundary;

import it.wecare.factotum.barter.control.Condition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Goods a client offers in exchange: at most 20 items, and whether the cooperative must pick them up.
 */
public record GoodsOfferDraft(@NotEmpty @Size(max = 20) List<@Valid @NotNull Item> items, boolean pickUp)
        implements Serializable {

    public GoodsOfferDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One item, or a lot of equal ones.
     *
     * @param ageYears how old, in whole years (0 for less than one)
     * @param weightKg the client's estimate of the whole lot's weight, if known
     * @param photos at most 3 real JPEG, PNG or WebP images of at most 5 MB
     */
    public record Item(
            @NotBlank @Size(max = 40) String categoryCode,
            @NotBlank @Size(max = 500) String description,
            @NotNull Condition condition,
            @Min(0) @Max(100) int ageYears,
            @Min(1) @Max(100) int quantity,

            @DecimalMin("0.1") @DecimalMax("5000") BigDecimal weightKg,

            @Size(max = 3) List<@NotNull byte[]> photos)
            implements Serializable {

        public Item {
            photos = photos == null ? List.of() : List.copyOf(photos);
        }
    }
}
