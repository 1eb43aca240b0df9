package it.wecare.factotum.search.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * A synonym rule as operators see and edit it.
 *
 * @param id null for a new rule
 * @param words the words or phrases clients type, comma-separated ("imbianchino, pittore")
 * @param meaning what they mean in the catalog's words ("tinteggiature")
 * @param updatedAt when it was last changed (read only)
 * @param version the version edited, for conflicts
 */
public record SynonymForm(
        Long id,
        @NotBlank @Size(max = 300) String words,
        @NotBlank @Size(max = 200) String meaning,
        Instant updatedAt,
        long version)
        implements Serializable {}
