package it.wecare.factotum.requests.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote as the operator writes it.
 *
 * @param lines at most 50, at least one
 * @param validUntil the last day the client can accept it
 */
public record QuoteDraft(
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Line> lines,
        @NotNull LocalDate validUntil) implements Serializable {

    public QuoteDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A line: what, how many, the net unit price in euro and the IVA rate in percent. */
    public record Line(
            @NotBlank @Size(max = 300) String description,

            @NotNull @DecimalMin("0.001") @DecimalMax("99999")
            BigDecimal quantity,

            @NotNull @DecimalMin("0.00") @DecimalMax("99999999")
            BigDecimal unitPrice,

            @NotNull BigDecimal ivaRate)
            implements Serializable {}
}
