package it.wecare.factotum.training.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** A checkpoint as the educator writes it: the day, a score (1 to 4) per objective id, notes, next steps. */
public record CheckpointDraft(
        @NotNull LocalDate heldOn,
        @NotNull Map<Long, Integer> scores,
        @Size(max = 2000) String notes,
        @Size(max = 1000) String nextSteps)
        implements Serializable {

    public CheckpointDraft {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }
}
