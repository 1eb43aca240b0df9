package it.wecare.factotum.training.boundary;

/** A document's content to send back, with the name and type it is kept under. */
public record StoredDocument(String fileName, String contentType, byte[] content) {}
