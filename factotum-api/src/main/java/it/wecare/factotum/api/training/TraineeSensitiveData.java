package it.wecare.factotum.api.training;

import java.time.Instant;

/** The special-category section of a traineeship; empty fields once erased after its keeping time. */
public record TraineeSensitiveData(
        String vulnerability,
        String referringService,
        String legalStatus,
        String healthNotes,
        String privateNotes,
        Instant updatedAt,
        String updatedBy) {}
