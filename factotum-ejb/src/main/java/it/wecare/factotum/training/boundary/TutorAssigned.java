package it.wecare.factotum.training.boundary;

import java.time.LocalDate;

/** A traineeship started: its host tutor is told who trains beside them, from when to when, with which educator. */
public record TutorAssigned(
        long traineeshipId,
        long tutorId,
        String traineeName,
        String educatorName,
        String hostName,
        LocalDate startsOn,
        LocalDate endsOn) {}
