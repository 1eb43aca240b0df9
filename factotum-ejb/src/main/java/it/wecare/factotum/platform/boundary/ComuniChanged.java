package it.wecare.factotum.platform.boundary;

/** An administrator added or corrected a comune; search observes it. */
public record ComuniChanged(String istatCode) {}
