package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.training.TraineeGroup;
import it.wecare.factotum.api.training.TraineeshipAction;
import it.wecare.factotum.api.training.TraineeshipKind;
import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.partners.boundary.Organisations;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.training.control.TrainingRule;
import it.wecare.factotum.training.entity.Traineeship;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Traineeships for the educators who follow them and the administrators: the list with what needs
 * attention, the dossier, the individual project (written as a draft, checked against the rules of its
 * kind) and its lifecycle. Starting, extending and ending a traineeship sets the worker's trainee marker,
 * which matching and ratings read: the traineeship is its one source.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class Traineeships {

    private static final Set<TraineeshipState> UNDER_WAY =
            EnumSet.of(TraineeshipState.DRAFT, TraineeshipState.ACTIVE, TraineeshipState.SUSPENDED);

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingScope scope;

    @Inject
    TrainingRules rules;

    @Inject
    TraineeshipViews views;

    @Inject
    Workers workers;

    @Inject
    WorkerDirectory directory;

    @Inject
    Catalog catalog;

    @Inject
    Organisations organisations;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    @Inject
    Event<TutorAssigned> tutorAssigned;

    @Resource
    SessionContext session;

    /**
     * The traineeships the caller follows (an administrator: all, or those of {@code educatorId}), in
     * {@code state} or, when null, those not ended yet, by start date.
     */
    public List<TraineeshipRow> list(TraineeshipState state, Long educatorId) {
        Optional<Long> educator = scope.educator(session).or(() -> Optional.ofNullable(educatorId));
        StringBuilder jpql = new StringBuilder("SELECT t FROM Traineeship t WHERE 1 = 1");
        if (educator.isPresent()) {
            jpql.append(" AND t.educatorId = :educator");
        }
        jpql.append(
                state == null
                        // under way, or ended with something left to do: the assessment, a follow-up due
                        ? " AND (t.state IN :states OR (t.assessedOn IS NULL AND EXISTS (SELECT e FROM"
                                + " TraineeshipEvent e WHERE e.traineeship = t AND e.action IN ('START', 'MIGRATE')))"
                                + " OR EXISTS (SELECT f FROM TraineeshipFollowUp f WHERE f.traineeship = t"
                                + " AND f.doneOn IS NULL AND f.dueOn <= :today))"
                        : " AND t.state = :state");
        var query = em.createQuery(jpql + " ORDER BY t.startsOn, t.id", Traineeship.class);
        educator.ifPresent(id -> query.setParameter("educator", id));
        if (state == null) {
            query.setParameter("states", UNDER_WAY).setParameter("today", rules.today());
        } else {
            query.setParameter("state", state);
        }
        return views.rows(query.setMaxResults(500).getResultList());
    }

    /**
     * The people who joined each team from a traineeship, by team id: their names with the day their
     * traineeship was assessed — for the teams page, to staff only (nothing of why they were followed).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Map<Long, List<TeamJoin>> teamJoins() {
        List<Traineeship> joined = em.createQuery(
                        "SELECT t FROM Traineeship t WHERE t.joinedTeamId IS NOT NULL ORDER BY t.assessedOn, t.id",
                        Traineeship.class)
                .setMaxResults(1000)
                .getResultList();
        Map<Long, String> names = views.names(joined);
        Map<Long, List<TeamJoin>> byTeam = new LinkedHashMap<>();
        for (Traineeship t : joined) {
            byTeam.computeIfAbsent(t.getJoinedTeamId(), k -> new ArrayList<>())
                    .add(new TeamJoin(t.getWorkerId(), names.get(t.getId()), t.getAssessedOn()));
        }
        return byTeam;
    }

    /**
     * The caller's calendar from {@code from} to {@code to} (at most 92 days): the checkpoints held and
     * the next one due, the ends of the traineeships under way and the follow-ups due.
     *
     * @throws InvalidInput naming {@code to} for a range that runs backwards or is longer than three months
     */
    public List<TrainingDate> calendar(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusDays(92))) {
            throw new InvalidInput("to", "calendar.error.range", 92);
        }
        Optional<Long> educator = scope.educator(session);
        var query = em.createQuery(
                "SELECT t FROM Traineeship t WHERE t.state <> :draft"
                        + (educator.isPresent() ? " AND t.educatorId = :educator" : "")
                        + " ORDER BY t.id",
                Traineeship.class);
        educator.ifPresent(id -> query.setParameter("educator", id));
        List<Traineeship> found = query.setParameter("draft", TraineeshipState.DRAFT)
                .setMaxResults(1000)
                .getResultList();
        Map<Long, String> names = views.names(found);
        LocalDate today = rules.today();
        List<TrainingDate> dates = new ArrayList<>();
        for (Traineeship t : found) {
            String name = names.get(t.getId());
            t.getCheckpoints().stream()
                    .map(c -> c.getHeldOn())
                    .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                    .forEach(d ->
                            dates.add(new TrainingDate(TrainingDate.Kind.CHECKPOINT_HELD, d, t.getId(), name, false)));
            views.nextCheckpoint(t)
                    .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                    .ifPresent(d -> dates.add(new TrainingDate(
                            TrainingDate.Kind.CHECKPOINT_DUE,
                            d,
                            t.getId(),
                            name,
                            rules.checkpoints().overdue(d, today))));
            if (!t.getState().isFinal()
                    && !t.getEndsOn().isBefore(from)
                    && !t.getEndsOn().isAfter(to)) {
                dates.add(new TrainingDate(TrainingDate.Kind.ENDS, t.getEndsOn(), t.getId(), name, false));
            }
            t.getFollowUps().stream()
                    .filter(f -> !f.isDone()
                            && !f.getDueOn().isBefore(from)
                            && !f.getDueOn().isAfter(to))
                    .forEach(f -> dates.add(new TrainingDate(
                            TrainingDate.Kind.FOLLOW_UP_DUE,
                            f.getDueOn(),
                            t.getId(),
                            name,
                            !today.isBefore(f.getDueOn()))));
        }
        dates.sort(Comparator.comparing(TrainingDate::day).thenComparing(TrainingDate::traineeName));
        return dates;
    }

    /** One traineeship's dossier. */
    public TraineeshipView view(long id, String language) {
        return views.view(scope.find(id, session), language);
    }

    /**
     * A new project as the form first shows it: the settings' hours, allowance and length, starting next
     * Monday, the cooperative as host, the caller as educator when an educator writes it.
     */
    public TraineeshipDraft proposal() {
        LocalDate monday = rules.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return new TraineeshipDraft(
                null,
                scope.educator(session).orElse(null),
                null,
                null,
                TraineeshipKind.EXTRACURRICULAR,
                TraineeGroup.ORDINARY,
                settings.value(Setting.COOPERATIVE_NAME),
                6,
                null,
                monday,
                monday.plusMonths(settings.intValue(Setting.TRAINEESHIP_DEFAULT_MONTHS))
                        .minusDays(1),
                BigDecimal.valueOf(settings.intValue(Setting.TRAINEESHIP_WEEKLY_HOURS)),
                BigDecimal.valueOf(settings.intValue(Setting.TRAINEESHIP_ALLOWANCE)),
                null,
                null,
                null,
                null,
                List.of());
    }

    /**
     * Writes a new project, as a draft.
     *
     * @throws InvalidInput naming the field for a rule the project breaks (the duration of its kind, the
     *     host's or the tutor's limit, a trainee already in a traineeship, an unknown service)
     */
    public long create(@NotNull @Valid TraineeshipDraft draft) {
        Traineeship traineeship;
        try {
            traineeship = new Traineeship(draft.workerId(), project(draft, null), actor(), rules.now());
        } catch (TrainingRule e) {
            throw TrainingRules.invalid(e);
        }
        em.persist(traineeship);
        em.flush();
        audit.record("TRAINEESHIP_CREATED", TrainingScope.RECORD_TYPE, traineeship.getId(), null);
        return traineeship.getId();
    }

    /**
     * Rewrites a draft project.
     *
     * @throws ConflictingChange when someone changed it meanwhile
     */
    public TraineeshipView edit(long id, @NotNull @Valid TraineeshipDraft draft, long version, String language) {
        Traineeship traineeship = scope.seen(id, version, session);
        if (draft.workerId() != traineeship.getWorkerId()) {
            throw new InvalidInput("workerId", "traineeship.error.otherTrainee");
        }
        try {
            traineeship.edit(project(draft, id), actor(), rules.now());
        } catch (TrainingRule e) {
            throw TrainingRules.invalid(e);
        }
        em.flush();
        audit.record("TRAINEESHIP_EDITED", TrainingScope.RECORD_TYPE, id, null);
        return views.view(traineeship, language);
    }

    /**
     * Starts, suspends, resumes, completes or interrupts the traineeship (with a reason where the lifecycle
     * asks for one).
     *
     * @throws InvalidInput naming {@code action} when the state does not allow it, {@code reason} without one
     * @throws ConflictingChange when someone changed it meanwhile
     */
    public TraineeshipView act(
            long id, @NotNull TraineeshipAction action, long version, String reason, String language) {
        Traineeship traineeship = scope.seen(id, version, session);
        if (reason != null && reason.strip().length() > 1000) {
            throw new InvalidInput("reason", "traineeship.error.reasonTooLong");
        }
        try {
            traineeship.act(action, reason, actor(), rules.today(), rules.now());
        } catch (TrainingRule e) {
            throw TrainingRules.invalid(e);
        }
        em.flush();
        mark(traineeship);
        if (action == TraineeshipAction.START) {
            TraineeshipView started = views.view(traineeship, "it");
            tutorAssigned.fire(new TutorAssigned(
                    id,
                    traineeship.getTutorId(),
                    started.traineeName(),
                    started.educatorName(),
                    traineeship.getHostName(),
                    traineeship.getStartsOn(),
                    traineeship.getEndsOn()));
        }
        audit.record("TRAINEESHIP_" + action.name(), TrainingScope.RECORD_TYPE, id, reason);
        return views.view(traineeship, language);
    }

    /**
     * Moves the end later, within the longest duration of the traineeship's kind, with a reason.
     *
     * @throws InvalidInput naming {@code endsOn} or {@code reason}
     */
    public TraineeshipView extend(long id, LocalDate newEnd, long version, String reason, String language) {
        Traineeship traineeship = scope.seen(id, version, session);
        try {
            traineeship.extend(newEnd, reason, rules.durations(), actor(), rules.now());
        } catch (TrainingRule e) {
            throw TrainingRules.invalid(e);
        }
        em.flush();
        mark(traineeship);
        audit.record("TRAINEESHIP_EXTENDED", TrainingScope.RECORD_TYPE, id, newEnd + ": " + reason);
        return views.view(traineeship, language);
    }

    /** The worker's trainee marker follows the traineeship: set while it is under way, cleared when it ends. */
    private void mark(Traineeship t) {
        if (t.getState() == TraineeshipState.ACTIVE || t.getState() == TraineeshipState.SUSPENDED) {
            workers.markTrainee(t.getWorkerId(), t.getStartsOn(), t.getEndsOn(), t.getTutorId(), t.getEducatorId());
        } else if (t.getState().isFinal()) {
            workers.markTrainee(t.getWorkerId(), null, null, null, null);
        }
    }

    /** The project of {@code draft}, checked against the rules (for traineeship {@code self} when editing). */
    private Traineeship.Project project(TraineeshipDraft d, Long self) {
        if (directory.activeName(d.workerId()).isEmpty()) {
            throw new InvalidInput("workerId", "traineeship.error.trainee");
        }
        if (!workers.artisans().containsKey(d.tutorId())) {
            throw new InvalidInput("tutorId", "traineeship.error.tutor");
        }
        if (d.tutorId().equals(d.workerId())) {
            throw new InvalidInput("tutorId", "traineeship.error.ownTutor");
        }
        Optional<Long> educator = scope.educator(session);
        Long educatorId = educator.orElse(d.educatorId());
        if (educatorId != null && !workers.educators().containsKey(educatorId)) {
            throw new InvalidInput("educatorId", "traineeship.error.educator");
        }
        if (d.promoterCode() != null && !d.promoterCode().isBlank() && !organisations.exists(d.promoterCode())) {
            throw new InvalidInput("promoterCode", "traineeship.error.promoter");
        }
        Map<String, String> services = catalog.subcategoryNames("it");
        Set<String> seen = new HashSet<>();
        for (TraineeshipDraft.Objective o : d.objectives()) {
            if (!services.containsKey(o.subcategoryCode())) {
                throw new InvalidInput("objectives", "traineeship.error.service");
            }
            if (!seen.add(o.subcategoryCode() + "\n" + o.competence().strip())) {
                throw new InvalidInput("objectives", "traineeship.error.sameObjective");
            }
        }
        try {
            rules.durations().check(d.kind(), d.group(), d.startsOn(), d.endsOn());
            rules.hosts()
                    .check(
                            d.hostStaff(),
                            overlapping("LOWER(t.hostName) = :host", d, self),
                            overlapping("t.tutorId = :tutor", d, self));
        } catch (TrainingRule e) {
            throw TrainingRules.invalid(e);
        }
        if (overlapping("t.workerId = :worker", d, self) > 0) {
            throw new InvalidInput("workerId", "traineeship.error.alreadyTrainee");
        }
        return new Traineeship.Project(
                educatorId,
                d.tutorId(),
                d.promoterCode(),
                d.kind(),
                d.group(),
                d.hostName(),
                d.hostStaff(),
                d.hostSite(),
                d.startsOn(),
                d.endsOn(),
                d.weeklyHours(),
                d.monthlyAllowance(),
                d.occupationalProfile(),
                d.activities(),
                d.inailPosition(),
                d.liabilityPolicy(),
                d.objectives().stream()
                        .map(o -> new Traineeship.Objective(o.subcategoryCode(), o.competence(), o.targetLevel()))
                        .toList());
    }

    /** How many other traineeships not ended overlap the draft's period and match {@code condition}. */
    private int overlapping(String condition, TraineeshipDraft d, Long self) {
        var query = em.createQuery(
                "SELECT COUNT(t) FROM Traineeship t WHERE " + condition + " AND t.state IN :states"
                        + " AND t.startsOn <= :end AND t.endsOn >= :start AND t.id <> :self",
                Long.class);
        if (condition.contains(":host")) {
            query.setParameter("host", d.hostName().strip().toLowerCase(Locale.ROOT));
        }
        if (condition.contains(":tutor")) {
            query.setParameter("tutor", d.tutorId());
        }
        if (condition.contains(":worker")) {
            query.setParameter("worker", d.workerId());
        }
        return query.setParameter("states", UNDER_WAY)
                .setParameter("end", d.endsOn())
                .setParameter("start", d.startsOn())
                .setParameter("self", self == null ? -1L : self)
                .getSingleResult()
                .intValue();
    }

    private String actor() {
        return Callers.name(session);
    }
}
