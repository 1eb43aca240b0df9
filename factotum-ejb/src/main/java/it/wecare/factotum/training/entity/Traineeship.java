package it.wecare.factotum.training.entity;

import it.wecare.factotum.api.training.LicenceStep;
import it.wecare.factotum.api.training.TraineeGroup;
import it.wecare.factotum.api.training.TraineeshipAction;
import it.wecare.factotum.api.training.TraineeshipKind;
import it.wecare.factotum.api.training.TraineeshipOutcome;
import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.training.control.DurationLimits;
import it.wecare.factotum.training.control.HoursPlan;
import it.wecare.factotum.training.control.TraineeshipLifecycle;
import it.wecare.factotum.training.control.TrainingRule;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A traineeship: the individual project ("progetto formativo individuale") of a trainee who learns beside a
 * host tutor (a senior artisan), followed by an educator. It changes state only as
 * docs/traineeship-transitions.md allows, and every change is written to its timeline.
 */
@Entity
@Table(name = "traineeship")
public class Traineeship {

    /** The most objectives one project holds. */
    public static final int MAX_OBJECTIVES = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "educator_id")
    private Long educatorId;

    @Column(name = "tutor_id", nullable = false)
    private long tutorId;

    @Column(name = "promoter_code", length = 40)
    private String promoterCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private TraineeshipKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "trainee_group", nullable = false, length = 20)
    private TraineeGroup group;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private TraineeshipState state;

    @Column(name = "host_name", nullable = false, length = 200)
    private String hostName;

    @Column(name = "host_staff", nullable = false)
    private int hostStaff;

    @Column(name = "host_site", length = 300)
    private String hostSite;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "weekly_hours", nullable = false, precision = 4, scale = 1)
    private BigDecimal weeklyHours;

    @Column(name = "monthly_allowance", nullable = false, precision = 8, scale = 2)
    private BigDecimal monthlyAllowance;

    @Column(name = "occupational_profile", length = 200)
    private String occupationalProfile;

    @Column(name = "activities", length = 2000)
    private String activities;

    @Column(name = "inail_position", length = 60)
    private String inailPosition;

    @Column(name = "liability_policy", length = 60)
    private String liabilityPolicy;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private TraineeshipOutcome outcome;

    @Column(name = "outcome_note", length = 1000)
    private String outcomeNote;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Column(name = "assessed_by", length = 254)
    private String assessedBy;

    @Column(name = "educator_signed_on")
    private LocalDate educatorSignedOn;

    @Column(name = "tutor_signed_on")
    private LocalDate tutorSignedOn;

    @Column(name = "joined_team_id")
    private Long joinedTeamId;

    @Column(name = "licence_school", length = 200)
    private String licenceSchool;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "traineeship", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TraineeshipObjective> objectives = new ArrayList<>();

    @OneToMany(mappedBy = "traineeship", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<TraineeshipEvent> timeline = new ArrayList<>();

    @OneToMany(mappedBy = "traineeship", cascade = CascadeType.ALL)
    @OrderBy("fromDay")
    private List<TraineeshipPause> pauses = new ArrayList<>();

    @OneToMany(mappedBy = "traineeship", cascade = CascadeType.ALL)
    @OrderBy("heldOn, id")
    private List<TraineeshipCheckpoint> checkpoints = new ArrayList<>();

    @OneToMany(mappedBy = "traineeship", cascade = CascadeType.ALL)
    @OrderBy("monthsAfter")
    private List<TraineeshipFollowUp> followUps = new ArrayList<>();

    @OneToMany(mappedBy = "traineeship", cascade = CascadeType.ALL)
    @OrderBy("day, id")
    private List<LicenceStepRecord> licenceSteps = new ArrayList<>();

    protected Traineeship() {}

    /** A new project, in DRAFT, for the worker {@code workerId}. */
    public Traineeship(long workerId, Project project, String actor, Instant now) {
        this.workerId = workerId;
        this.state = TraineeshipState.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.createdBy = Objects.requireNonNull(actor, "actor");
        apply(project);
        timeline.add(new TraineeshipEvent(this, now, actor, "CREATE", null, state, null));
    }

    /**
     * What the project says: who, where, when, how many hours and the allowance.
     *
     * @param educatorId the promoter's tutor (an educator account)
     * @param tutorId the host's tutor (an artisan worker)
     */
    public record Project(
            Long educatorId,
            long tutorId,
            String promoterCode,
            TraineeshipKind kind,
            TraineeGroup group,
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
            List<Objective> objectives) {}

    /** A competence to acquire, tied to a catalog service, with the level aimed at (1 to 4). */
    public record Objective(String subcategoryCode, String competence, int targetLevel) {}

    /** Rewrites the project while it is a draft. */
    public void edit(Project project, String actor, Instant now) {
        if (state != TraineeshipState.DRAFT) {
            throw new TrainingRule("action", "traineeship.error.notDraft");
        }
        apply(project);
        timeline.add(new TraineeshipEvent(this, now, actor, "EDIT", state, state, null));
    }

    private void apply(Project p) {
        if (p.tutorId() == workerId) {
            throw new TrainingRule("tutorId", "traineeship.error.ownTutor");
        }
        if (p.objectives().size() > MAX_OBJECTIVES) {
            throw new TrainingRule("objectives", "traineeship.error.tooManyObjectives", MAX_OBJECTIVES);
        }
        this.educatorId = p.educatorId();
        this.tutorId = p.tutorId();
        this.promoterCode = blankToNull(p.promoterCode());
        this.kind = Objects.requireNonNull(p.kind(), "kind");
        this.group = Objects.requireNonNull(p.group(), "group");
        this.hostName = p.hostName().strip();
        this.hostStaff = p.hostStaff();
        this.hostSite = blankToNull(p.hostSite());
        this.startsOn = p.startsOn();
        this.endsOn = p.endsOn();
        this.weeklyHours = p.weeklyHours();
        this.monthlyAllowance = p.monthlyAllowance();
        this.occupationalProfile = blankToNull(p.occupationalProfile());
        this.activities = blankToNull(p.activities());
        this.inailPosition = blankToNull(p.inailPosition());
        this.liabilityPolicy = blankToNull(p.liabilityPolicy());
        objectives.clear();
        int position = 0;
        for (Objective o : p.objectives()) {
            if (o.targetLevel() < 1 || o.targetLevel() > 4) {
                throw new TrainingRule("objectives", "traineeship.error.level");
            }
            objectives.add(
                    new TraineeshipObjective(this, ++position, o.subcategoryCode(), o.competence(), o.targetLevel()));
        }
    }

    /**
     * Applies an action of the lifecycle on {@code today}: a suspension opens a pause, a resumption closes it,
     * an end records the day and the reason.
     *
     * @throws TrainingRule naming {@code action} when the state does not allow it, {@code reason} when one is
     *     needed and missing
     */
    public TraineeshipState act(TraineeshipAction action, String reason, String actor, LocalDate today, Instant now) {
        if (action == TraineeshipAction.EXTEND) {
            throw new IllegalArgumentException("An extension names the new end: use extend");
        }
        TraineeshipState to = TraineeshipLifecycle.next(state, action)
                .orElseThrow(() -> new TrainingRule("action", "traineeship.error.notAllowed"));
        if (TraineeshipLifecycle.NEED_REASON.contains(action) && (reason == null || reason.isBlank())) {
            throw new TrainingRule("reason", "traineeship.error.reasonRequired");
        }
        if (action == TraineeshipAction.START && objectives.isEmpty()) {
            throw new TrainingRule("objectives", "traineeship.error.noObjectives");
        }
        switch (action) {
            case SUSPEND -> pauses.add(new TraineeshipPause(this, today));
            case RESUME -> openPause().close(today.minusDays(1));
            case COMPLETE, INTERRUPT -> {
                if (state == TraineeshipState.SUSPENDED) {
                    openPause().close(today);
                }
                endedOn = today;
                endReason = blankToNull(reason);
            }
            default -> {
                // START: the project's own dates hold
            }
        }
        TraineeshipState from = state;
        state = to;
        timeline.add(new TraineeshipEvent(this, now, actor, action.name(), from, to, blankToNull(reason)));
        return to;
    }

    /**
     * Moves the end to {@code newEnd}, within the kind's longest duration, with a reason.
     *
     * @throws TrainingRule naming {@code endsOn} for a day not later than today's end or past the limit,
     *     {@code reason} without a reason, {@code action} when the state does not allow it
     */
    public void extend(LocalDate newEnd, String reason, DurationLimits limits, String actor, Instant now) {
        TraineeshipState to = TraineeshipLifecycle.next(state, TraineeshipAction.EXTEND)
                .orElseThrow(() -> new TrainingRule("action", "traineeship.error.notAllowed"));
        if (reason == null || reason.isBlank()) {
            throw new TrainingRule("reason", "traineeship.error.reasonRequired");
        }
        if (newEnd == null || !newEnd.isAfter(endsOn)) {
            throw new TrainingRule("endsOn", "traineeship.error.extendLater");
        }
        limits.check(kind, group, startsOn, newEnd);
        LocalDate before = endsOn;
        endsOn = newEnd;
        timeline.add(new TraineeshipEvent(
                this, now, actor, "EXTEND", state, to, before + " → " + newEnd + ": " + reason.strip()));
    }

    /**
     * Records a checkpoint held on {@code heldOn}, with a score (1 to 4) for some or all of the objectives.
     *
     * @throws TrainingRule naming {@code action} when the traineeship is not under way, {@code heldOn} for a
     *     day before the start or after today, {@code scores} for an unknown objective, a score out of range
     *     or a checkpoint that says nothing
     */
    public TraineeshipCheckpoint recordCheckpoint(
            LocalDate heldOn,
            Map<Long, Integer> scores,
            String notes,
            String nextSteps,
            String actor,
            LocalDate today,
            Instant now) {
        if (state != TraineeshipState.ACTIVE && state != TraineeshipState.SUSPENDED) {
            throw new TrainingRule("action", "traineeship.error.notUnderWay");
        }
        if (heldOn == null || heldOn.isBefore(startsOn) || heldOn.isAfter(today)) {
            throw new TrainingRule("heldOn", "traineeship.error.checkpointDay");
        }
        Map<Long, Integer> given = new HashMap<>();
        scores.forEach((objective, score) -> {
            if (score == null) {
                return;
            }
            if (objectives.stream().noneMatch(o -> objective.equals(o.getId()))) {
                throw new TrainingRule("scores", "traineeship.error.unknownObjective");
            }
            if (score < 1 || score > 4) {
                throw new TrainingRule("scores", "traineeship.error.level");
            }
            given.put(objective, score);
        });
        if (given.isEmpty() && blankToNull(notes) == null) {
            throw new TrainingRule("scores", "traineeship.error.emptyCheckpoint");
        }
        TraineeshipCheckpoint checkpoint =
                new TraineeshipCheckpoint(this, heldOn, given, blankToNull(notes), blankToNull(nextSteps), actor, now);
        checkpoints.add(checkpoint);
        timeline.add(new TraineeshipEvent(this, now, actor, "CHECKPOINT", state, state, heldOn.toString()));
        return checkpoint;
    }

    /** The day of the last checkpoint held, if any. */
    public Optional<LocalDate> lastCheckpoint() {
        return checkpoints.stream().map(TraineeshipCheckpoint::getHeldOn).max(LocalDate::compareTo);
    }

    /** What the final assessment says. */
    public record Assessment(
            Map<Long, Integer> reached,
            TraineeshipOutcome outcome,
            String note,
            LocalDate educatorSignedOn,
            LocalDate tutorSignedOn,
            Long teamId) {}

    /**
     * The final assessment of an ended traineeship: the level each objective reached, the outcome, the
     * sign-offs of the educator and the tutor and, for an outcome of {@code JOINED_TEAM}, the team. The first
     * assessment plans the follow-ups, {@code followUpMonths} after the end; a later one corrects it.
     *
     * @throws TrainingRule naming {@code action} before the end, {@code reached} for an objective without a
     *     level or with one out of range, {@code outcome} without one, {@code teamId} for a team outcome
     *     without a team, {@code educatorSignedOn}/{@code tutorSignedOn} for a day before the end or after
     *     today
     */
    public void assess(Assessment a, List<Integer> followUpMonths, String actor, LocalDate today, Instant now) {
        if (!state.isFinal() || !wasStarted()) {
            throw new TrainingRule("action", "traineeship.error.notEnded");
        }
        for (TraineeshipObjective o : objectives) {
            Integer level = a.reached().get(o.getId());
            if (level == null || level < 1 || level > 4) {
                throw new TrainingRule("reached", "traineeship.error.reachedLevel");
            }
        }
        if (a.outcome() == null) {
            throw new TrainingRule("outcome", "traineeship.error.outcome");
        }
        if ((a.outcome() == TraineeshipOutcome.JOINED_TEAM) != (a.teamId() != null)) {
            throw new TrainingRule("teamId", "traineeship.error.team");
        }
        checkSignature("educatorSignedOn", a.educatorSignedOn(), today);
        checkSignature("tutorSignedOn", a.tutorSignedOn(), today);
        objectives.forEach(o -> o.reach(a.reached().get(o.getId())));
        boolean first = assessedOn == null;
        outcome = a.outcome();
        outcomeNote = blankToNull(a.note());
        educatorSignedOn = a.educatorSignedOn();
        tutorSignedOn = a.tutorSignedOn();
        joinedTeamId = a.teamId();
        assessedOn = today;
        assessedBy = actor;
        if (first) {
            followUpMonths.forEach(m -> followUps.add(new TraineeshipFollowUp(this, m, endedOn.plusMonths(m))));
        }
        timeline.add(new TraineeshipEvent(this, now, actor, "ASSESS", state, state, outcome.name()));
    }

    private void checkSignature(String field, LocalDate day, LocalDate today) {
        if (day != null && (day.isBefore(startsOn) || day.isAfter(today))) {
            throw new TrainingRule(field, "traineeship.error.signedOn");
        }
    }

    /** Whether it ever started (an abandoned draft did not). */
    public boolean wasStarted() {
        return timeline.stream().anyMatch(e -> "START".equals(e.getAction()) || "MIGRATE".equals(e.getAction()));
    }

    /** Whether it ended after starting and waits for its final assessment. */
    public boolean needsAssessment() {
        return state.isFinal() && assessedOn == null && wasStarted();
    }

    /** Whether both the educator and the tutor signed the final assessment. */
    public boolean isSigned() {
        return educatorSignedOn != null && tutorSignedOn != null;
    }

    /**
     * Records the follow-up {@code monthsAfter} months after the end, on {@code today}.
     *
     * @throws TrainingRule naming {@code situation} without one, {@code action} for a follow-up not planned
     *     or not due yet (from 30 days before its day)
     */
    public void recordFollowUp(
            int monthsAfter, TraineeshipOutcome situation, String note, String actor, LocalDate today, Instant now) {
        TraineeshipFollowUp followUp = followUps.stream()
                .filter(f -> f.getMonthsAfter() == monthsAfter)
                .findFirst()
                .orElseThrow(() -> new TrainingRule("action", "traineeship.error.noFollowUp"));
        if (today.isBefore(followUp.getDueOn().minusDays(30))) {
            throw new TrainingRule("action", "traineeship.error.followUpEarly");
        }
        if (situation == null) {
            throw new TrainingRule("situation", "traineeship.error.outcome");
        }
        followUp.record(today, situation, blankToNull(note), actor);
        timeline.add(new TraineeshipEvent(
                this, now, actor, "FOLLOW_UP", state, state, monthsAfter + ": " + situation.name()));
    }

    /**
     * Writes to the timeline that a document was added to the dossier or removed from it (the document is
     * a row of its own; the timeline says who did it and when).
     */
    public void noteDocument(boolean added, String fileName, String reason, String actor, Instant now) {
        String note = reason == null || reason.isBlank() ? fileName : fileName + ": " + reason.strip();
        timeline.add(
                new TraineeshipEvent(this, now, actor, added ? "DOCUMENT" : "DOCUMENT_REMOVED", state, state, note));
    }

    /** A step of the driving-licence pathway as the educator records it. */
    public record LicenceEntry(
            LicenceStep step,
            LocalDate day,
            Boolean passed,
            Integer lessons,
            BigDecimal cost,
            String school,
            String note) {}

    /**
     * Records a step of the driving-licence pathway, in its order: the enrolment (naming the driving school)
     * first, the theory exam until passed, then practice lessons, then the driving exam until passed.
     *
     * @throws TrainingRule naming {@code licenceStep} for a step out of order or after the licence,
     *     {@code licenceDay} for a day before the start or after today, {@code school} for an enrolment
     *     without one, {@code passed} for an exam without its result, {@code lessons} for lessons without a
     *     count (1 to 100), {@code cost} for a negative cost, {@code action} before the start or after an
     *     interruption
     */
    public void recordLicenceStep(LicenceEntry e, String actor, LocalDate today, Instant now) {
        if (!wasStarted() || state == TraineeshipState.INTERRUPTED) {
            throw new TrainingRule("action", "licence.error.notUnderWay");
        }
        if (e.step() == null) {
            throw new TrainingRule("licenceStep", "licence.error.step");
        }
        if (e.day() == null || e.day().isBefore(startsOn) || e.day().isAfter(today)) {
            throw new TrainingRule("licenceDay", "licence.error.day");
        }
        if (hasLicence()) {
            throw new TrainingRule("licenceStep", "licence.error.done");
        }
        if (!nextLicenceSteps().contains(e.step())) {
            throw new TrainingRule("licenceStep", "licence.error.order");
        }
        if (e.step() == LicenceStep.ENROLLED) {
            if (blankToNull(e.school()) == null) {
                throw new TrainingRule("school", "licence.error.school");
            }
            licenceSchool = e.school().strip();
        }
        if (e.step() == LicenceStep.PRACTICE_LESSONS && (e.lessons() == null || e.lessons() < 1 || e.lessons() > 100)) {
            throw new TrainingRule("lessons", "licence.error.lessons");
        }
        boolean exam = e.step() == LicenceStep.THEORY_EXAM || e.step() == LicenceStep.DRIVING_EXAM;
        if (exam && e.passed() == null) {
            throw new TrainingRule("passed", "licence.error.passed");
        }
        if (e.cost() != null && e.cost().signum() < 0) {
            throw new TrainingRule("cost", "licence.error.cost");
        }
        licenceSteps.add(new LicenceStepRecord(
                this,
                e.step(),
                e.day(),
                exam ? e.passed() : null,
                e.step() == LicenceStep.PRACTICE_LESSONS ? e.lessons() : null,
                e.cost(),
                blankToNull(e.note()),
                actor,
                now));
        timeline.add(new TraineeshipEvent(
                this, now, actor, "LICENCE", state, state, e.step().name()));
    }

    /**
     * The steps the pathway may take next: the enrolment first, then the theory exam until passed, then
     * practice lessons and, after some lessons, the driving exam until passed; none once the licence is won.
     */
    public List<LicenceStep> nextLicenceSteps() {
        if (hasLicence()) {
            return List.of();
        }
        if (licenceSteps.stream().noneMatch(s -> s.getStep() == LicenceStep.ENROLLED)) {
            return List.of(LicenceStep.ENROLLED);
        }
        if (!passed(LicenceStep.THEORY_EXAM)) {
            return List.of(LicenceStep.THEORY_EXAM);
        }
        return licenceSteps.stream().anyMatch(s -> s.getStep() == LicenceStep.PRACTICE_LESSONS)
                ? List.of(LicenceStep.PRACTICE_LESSONS, LicenceStep.DRIVING_EXAM)
                : List.of(LicenceStep.PRACTICE_LESSONS);
    }

    private boolean passed(LicenceStep exam) {
        return licenceSteps.stream().anyMatch(s -> s.getStep() == exam && Boolean.TRUE.equals(s.getPassed()));
    }

    /** Whether the trainee passed the driving exam. */
    public boolean hasLicence() {
        return passed(LicenceStep.DRIVING_EXAM);
    }

    /** What the network covered of the pathway so far. */
    public BigDecimal licenceCost() {
        return licenceSteps.stream()
                .map(LicenceStepRecord::getCost)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<LicenceStepRecord> getLicenceSteps() {
        return List.copyOf(licenceSteps);
    }

    public String getLicenceSchool() {
        return licenceSchool;
    }

    /** The hours this project plans, with its pauses. */
    public HoursPlan plan() {
        return new HoursPlan(
                startsOn,
                endedOn != null && endedOn.isBefore(endsOn) ? endedOn : endsOn,
                weeklyHours,
                pauses.stream()
                        .map(p -> new HoursPlan.Pause(p.getFromDay(), p.getToDay()))
                        .toList());
    }

    /** Whether the trainee is in training on {@code day}: started, not ended, within the dates. */
    public boolean underWayOn(LocalDate day) {
        return (state == TraineeshipState.ACTIVE || state == TraineeshipState.SUSPENDED)
                && !day.isBefore(startsOn)
                && !day.isAfter(endsOn);
    }

    private TraineeshipPause openPause() {
        return pauses.stream()
                .filter(p -> p.getToDay() == null)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("A suspended traineeship has an open pause"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public long getWorkerId() {
        return workerId;
    }

    public Long getEducatorId() {
        return educatorId;
    }

    public long getTutorId() {
        return tutorId;
    }

    public String getPromoterCode() {
        return promoterCode;
    }

    public TraineeshipKind getKind() {
        return kind;
    }

    public TraineeGroup getGroup() {
        return group;
    }

    public TraineeshipState getState() {
        return state;
    }

    public String getHostName() {
        return hostName;
    }

    public int getHostStaff() {
        return hostStaff;
    }

    public String getHostSite() {
        return hostSite;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public BigDecimal getWeeklyHours() {
        return weeklyHours;
    }

    public BigDecimal getMonthlyAllowance() {
        return monthlyAllowance;
    }

    public String getOccupationalProfile() {
        return occupationalProfile;
    }

    public String getActivities() {
        return activities;
    }

    public String getInailPosition() {
        return inailPosition;
    }

    public String getLiabilityPolicy() {
        return liabilityPolicy;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public List<TraineeshipObjective> getObjectives() {
        return List.copyOf(objectives);
    }

    public List<TraineeshipCheckpoint> getCheckpoints() {
        return List.copyOf(checkpoints);
    }

    public List<TraineeshipFollowUp> getFollowUps() {
        return List.copyOf(followUps);
    }

    public TraineeshipOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public LocalDate getEducatorSignedOn() {
        return educatorSignedOn;
    }

    public LocalDate getTutorSignedOn() {
        return tutorSignedOn;
    }

    public Long getJoinedTeamId() {
        return joinedTeamId;
    }

    public List<TraineeshipEvent> getTimeline() {
        return List.copyOf(timeline);
    }
}
