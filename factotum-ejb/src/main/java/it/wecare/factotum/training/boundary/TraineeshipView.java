package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.LicenceStep;
import it.wecare.factotum.api.training.TraineeGroup;
import it.wecare.factotum.api.training.TraineeshipAction;
import it.wecare.factotum.api.training.TraineeshipKind;
import it.wecare.factotum.api.training.TraineeshipOutcome;
import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.api.training.TrainingActivity;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A traineeship's dossier: the project, its objectives, the hours register and the timeline. */
public record TraineeshipView(
        long id,
        long workerId,
        String traineeName,
        Long educatorId,
        String educatorName,
        long tutorId,
        String tutorName,
        String promoterCode,
        TraineeshipKind kind,
        TraineeGroup group,
        TraineeshipState state,
        String hostName,
        int hostStaff,
        String hostSite,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal weeklyHours,
        BigDecimal monthlyAllowance,
        String occupationalProfile,
        String activities,
        String inailPosition,
        String liabilityPolicy,
        LocalDate endedOn,
        String endReason,
        List<Objective> objectives,
        List<Hours> hours,
        List<Month> months,
        BigDecimal hoursDone,
        BigDecimal hoursDue,
        BigDecimal hoursPlanned,
        List<Line> timeline,
        Set<TraineeshipAction> allowed,
        List<Checkpoint> checkpoints,
        LocalDate nextCheckpoint,
        boolean checkpointOverdue,
        Assessment assessment,
        List<FollowUp> followUps,
        String certificateRefusal,
        Licence licence,
        long version)
        implements Serializable {

    public TraineeshipView {
        objectives = List.copyOf(objectives);
        hours = List.copyOf(hours);
        months = List.copyOf(months);
        timeline = List.copyOf(timeline);
        allowed = Set.copyOf(allowed);
        checkpoints = List.copyOf(checkpoints);
        followUps = List.copyOf(followUps);
    }

    /** Whether the competences certificate can be printed (assessed, signed, enough hours done). */
    public boolean certificateReady() {
        return certificateRefusal == null;
    }

    /** An objective, its service's name and the hours the register holds for that service's jobs. */
    public record Objective(
            long id,
            String subcategoryCode,
            String serviceName,
            String competence,
            int targetLevel,
            Integer reachedLevel)
            implements Serializable {}

    /** One entry of the hours register. */
    public record Hours(
            long id,
            LocalDate day,
            BigDecimal hours,
            TrainingActivity activity,
            String note,
            Long requestId,
            String recordedBy,
            long version)
            implements Serializable {}

    /** A month of the register: hours planned and done, participation and the allowance it pays. */
    public record Month(
            LocalDate month, BigDecimal planned, BigDecimal done, BigDecimal participation, BigDecimal allowance)
            implements Serializable {}

    /** A checkpoint held: its day, the score given to each objective (by objective id), notes, next steps. */
    public record Checkpoint(
            long id, LocalDate heldOn, Map<Long, Integer> scores, String notes, String nextSteps, String recordedBy)
            implements Serializable {

        public Checkpoint {
            scores = Map.copyOf(scores);
        }
    }

    /** The final assessment: the outcome, the note, when educator and tutor signed it, the team joined. */
    public record Assessment(
            TraineeshipOutcome outcome,
            String note,
            LocalDate assessedOn,
            String assessedBy,
            LocalDate educatorSignedOn,
            LocalDate tutorSignedOn,
            Long teamId,
            String teamName)
            implements Serializable {}

    /** A follow-up after the end: when it falls, whether it is due, and what it found. */
    public record FollowUp(
            int monthsAfter, LocalDate dueOn, boolean due, LocalDate doneOn, TraineeshipOutcome situation, String note)
            implements Serializable {}

    /**
     * The driving-licence pathway: the school, its steps, what the network covered, the steps it may take
     * next (none once the licence is won).
     */
    public record Licence(String school, List<Step> steps, BigDecimal cost, boolean licensed, List<LicenceStep> next)
            implements Serializable {

        public Licence {
            steps = List.copyOf(steps);
            next = List.copyOf(next);
        }

        /** Whether the pathway has begun. */
        public boolean begun() {
            return !steps.isEmpty();
        }
    }

    /** A step of the pathway. */
    public record Step(LicenceStep step, LocalDate day, Boolean passed, Integer lessons, BigDecimal cost, String note)
            implements Serializable {}

    /** One line of the timeline. */
    public record Line(Instant at, String actor, String action, TraineeshipState from, TraineeshipState to, String note)
            implements Serializable {}
}
