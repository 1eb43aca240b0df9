package it.wecare.factotum.api.workers;

/** How well a worker does a service. */
public enum SkillLevel {
    BASIC,
    GOOD,
    EXPERT
}
