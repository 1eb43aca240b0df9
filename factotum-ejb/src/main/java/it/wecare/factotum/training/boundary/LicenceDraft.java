package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.LicenceStep;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A step of the driving-licence pathway as the educator records it: which step, its day, the result of an
 * exam, the lessons taken, the cost the network covered, the driving school (at the enrolment), a note.
 */
public record LicenceDraft(
        @NotNull LicenceStep licenceStep,
        LocalDate licenceDay,
        Boolean passed,
        Integer lessons,
        @DecimalMax("99999") BigDecimal cost,
        @Size(max = 200) String school,
        @Size(max = 500) String note)
        implements Serializable {}
