package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.TraineeshipDocumentKind;

/**
 * A document to keep in a dossier, as the form sends it: its kind, the name the browser gave, the bytes and
 * a note. The boundary checks each and names the field it refuses ({@code kind}, {@code file}, {@code note}).
 */
public record DocumentUpload(TraineeshipDocumentKind kind, String fileName, byte[] content, String note) {}
