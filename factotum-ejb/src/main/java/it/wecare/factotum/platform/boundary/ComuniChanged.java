package it.wecare.factotum.platform.boundary;

import java.io.Serializable;

/** An administrator added or corrected a comune; search observes it. */
public record ComuniChanged(String istatCode) implements Serializable {}
