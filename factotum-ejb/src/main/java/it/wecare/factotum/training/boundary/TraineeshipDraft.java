package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.TraineeGroup;
import it.wecare.factotum.api.training.TraineeshipKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The individual project as the educator writes it. */
public record TraineeshipDraft(
        @NotNull Long workerId,
        Long educatorId,
        @NotNull Long tutorId,
        @Size(max = 40) String promoterCode,
        @NotNull TraineeshipKind kind,
        @NotNull TraineeGroup group,
        @NotBlank @Size(max = 200) String hostName,
        @NotNull @Min(0) @Max(100_000) Integer hostStaff,
        @Size(max = 300) String hostSite,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull @DecimalMin("1") @DecimalMax("40") BigDecimal weeklyHours,
        @NotNull @DecimalMin("0") @DecimalMax("99999") BigDecimal monthlyAllowance,
        @Size(max = 200) String occupationalProfile,
        @Size(max = 2000) String activities,
        @Size(max = 60) String inailPosition,
        @Size(max = 60) String liabilityPolicy,
        @NotNull @Size(max = 12) List<@Valid @NotNull Objective> objectives)
        implements Serializable {

    public TraineeshipDraft {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }

    /** A competence to acquire, tied to a catalog service, with the level aimed at (1 to 4). */
    public record Objective(
            @NotBlank @Size(max = 60) String subcategoryCode,
            @NotBlank @Size(max = 300) String competence,
            @Min(1) @Max(4) int targetLevel)
            implements Serializable {}
}
