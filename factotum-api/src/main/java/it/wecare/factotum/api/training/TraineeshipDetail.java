package it.wecare.factotum.api.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One traineeship as the REST API shows it. Nothing here says why the trainee is followed. */
public record TraineeshipDetail(
        long id,
        long workerId,
        String traineeName,
        String tutorName,
        String educatorName,
        String promoterCode,
        TraineeshipKind kind,
        TraineeGroup group,
        TraineeshipState state,
        String hostName,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate endedOn,
        BigDecimal weeklyHours,
        BigDecimal monthlyAllowance,
        BigDecimal hoursDone,
        BigDecimal hoursDue,
        BigDecimal hoursPlanned,
        List<Objective> objectives,
        LocalDate nextCheckpoint,
        boolean checkpointOverdue,
        int checkpoints,
        TraineeshipOutcome outcome,
        boolean certificateReady,
        long version) {

    /** A competence to acquire, its catalog service, the level aimed at and the one reached (1–4). */
    public record Objective(long id, String serviceCode, String competence, int targetLevel, Integer reachedLevel) {}
}
