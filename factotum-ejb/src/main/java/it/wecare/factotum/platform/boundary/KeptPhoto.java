package it.wecare.factotum.platform.boundary;

/** A photo as stored: a JPEG without metadata, and its size in pixels. */
public record KeptPhoto(byte[] jpeg, int width, int height) {}
