package it.wecare.factotum.platform.boundary;

import java.io.Serializable;

/** A setting was changed or put back to its default (fired inside the change's transaction). */
public record SettingChanged(String key) implements Serializable {}
