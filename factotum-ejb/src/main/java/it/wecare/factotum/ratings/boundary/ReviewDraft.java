package it.wecare.factotum.ratings.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A review as the client gives it: 1–5 stars (required), three optional sub-scores, an optional comment and
 * an optional private note for the educator (when a trainee did the job).
 */
public record ReviewDraft(
        @Min(1) @Max(5) int stars,
        @Min(1) @Max(5) Integer punctuality,
        @Min(1) @Max(5) Integer quality,
        @Min(1) @Max(5) Integer courtesy,
        @Size(max = 2000) String comment,
        @Size(max = 2000) String educatorNote)
        implements Serializable {}
