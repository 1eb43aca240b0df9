package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.TraineeshipDocumentKind;
import java.io.Serializable;
import java.time.Instant;

/** A document of a dossier as the list shows it (never its content). */
public record DocumentRow(
        long id,
        TraineeshipDocumentKind kind,
        String fileName,
        String contentType,
        int sizeBytes,
        String sha256,
        String note,
        String uploadedBy,
        Instant uploadedAt)
        implements Serializable {}
