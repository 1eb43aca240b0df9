package it.wecare.factotum.training.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * The special-category section of a traineeship (GDPR art. 9), as its educator or an administrator reads
 * and writes it.
 *
 * @param vulnerability a code of {@link SensitiveData#VULNERABILITIES}
 */
public record SensitiveView(
        @Size(max = 30) String vulnerability,
        @Size(max = 300) String referringService,
        @Size(max = 300) String legalStatus,
        @Size(max = 2000) String healthNotes,
        @Size(max = 4000) String privateNotes,
        Instant updatedAt,
        String updatedBy,
        long version)
        implements Serializable {}
