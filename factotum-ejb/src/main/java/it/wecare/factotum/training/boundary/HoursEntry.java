package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.TrainingActivity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A day of the hours register as the educator or the tutor enters it. */
public record HoursEntry(
        @NotNull LocalDate day,
        @NotNull BigDecimal hours,
        @NotNull TrainingActivity activity,
        @Size(max = 500) String note)
        implements Serializable {}
