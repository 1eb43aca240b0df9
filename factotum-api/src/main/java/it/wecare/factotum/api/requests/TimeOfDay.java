package it.wecare.factotum.api.requests;

/** When in the day the client prefers the job. */
public enum TimeOfDay {
    MORNING,
    AFTERNOON,
    ANY
}
