package it.wecare.factotum.api.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A traineeship in a list: who, the state, the period, hours done and due, the next checkpoint, what needs attention. */
public record TraineeshipSummary(
        long id,
        String traineeName,
        String tutorName,
        String educatorName,
        TraineeshipState state,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal hoursDone,
        BigDecimal hoursDue,
        LocalDate nextCheckpoint,
        Set<String> alerts) {}
