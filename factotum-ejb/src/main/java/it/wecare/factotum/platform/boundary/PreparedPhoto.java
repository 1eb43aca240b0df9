package it.wecare.factotum.platform.boundary;

import java.io.Serializable;

/**
 * An uploaded photo checked and re-encoded once, as it will be kept: {@code kept} is sealed for this node
 * (a boundary receiving it back stores it without decoding it again), {@code preview} is a small JPEG for the
 * page that showed the upload.
 */
public record PreparedPhoto(byte[] kept, byte[] preview) implements Serializable {}
