package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.TraineeshipOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * The final assessment as the educator writes it: the level each objective reached (by objective id), the
 * outcome, a note, the days educator and tutor signed it, and the team joined for a team outcome.
 */
public record AssessmentDraft(
        @NotNull Map<Long, Integer> reached,
        @NotNull TraineeshipOutcome outcome,
        @Size(max = 1000) String note,
        LocalDate educatorSignedOn,
        LocalDate tutorSignedOn,
        Long teamId)
        implements Serializable {

    public AssessmentDraft {
        reached = reached == null ? Map.of() : Map.copyOf(reached);
    }
}
