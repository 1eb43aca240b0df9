package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.training.control.Allowance;
import it.wecare.factotum.training.control.HoursPlan;
import it.wecare.factotum.training.control.TraineeshipLifecycle;
import it.wecare.factotum.training.entity.Traineeship;
import it.wecare.factotum.training.entity.TraineeshipCheckpoint;
import it.wecare.factotum.training.entity.TrainingHours;
import it.wecare.factotum.workers.boundary.Teams;
import it.wecare.factotum.workers.boundary.WorkerContact;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** How traineeships are shown: a row of the list with its alerts, and the whole dossier. */
@Dependent
class TraineeshipViews {

    /** A traineeship ending within this many days is flagged. */
    static final int ENDING_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingRules rules;

    @Inject
    WorkerDirectory directory;

    @Inject
    Workers workers;

    @Inject
    Catalog catalog;

    @Inject
    Teams teams;

    List<TraineeshipRow> rows(List<Traineeship> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> people = new HashSet<>();
        found.forEach(t -> {
            people.add(t.getWorkerId());
            people.add(t.getTutorId());
        });
        Map<Long, WorkerContact> contacts = directory.contacts(people);
        Map<Long, String> educators = workers.educators();
        Map<Long, BigDecimal> done = new HashMap<>();
        em.createQuery(
                        "SELECT h.traineeshipId, SUM(h.hours) FROM TrainingHours h WHERE h.traineeshipId IN :ids"
                                + " GROUP BY h.traineeshipId",
                        Object[].class)
                .setParameter("ids", found.stream().map(Traineeship::getId).toList())
                .getResultList()
                .forEach(row -> done.put((Long) row[0], (BigDecimal) row[1]));
        LocalDate today = rules.today();
        BigDecimal threshold = rules.allowance().threshold();
        return found.stream()
                .map(t -> {
                    BigDecimal hours = done.getOrDefault(t.getId(), BigDecimal.ZERO);
                    BigDecimal due = t.getState() == TraineeshipState.DRAFT
                            ? BigDecimal.ZERO
                            : t.plan().dueBy(today);
                    Set<TraineeshipRow.Alert> alerts = EnumSet.noneOf(TraineeshipRow.Alert.class);
                    boolean underWay = t.getState() == TraineeshipState.ACTIVE;
                    // behind counts the days gone by: today's hours may still be on their way
                    BigDecimal dueBefore = underWay ? t.plan().dueBy(today.minusDays(1)) : BigDecimal.ZERO;
                    if (dueBefore.signum() > 0 && hours.compareTo(dueBefore.multiply(threshold)) < 0) {
                        alerts.add(TraineeshipRow.Alert.BEHIND_ON_HOURS);
                    }
                    Optional<LocalDate> next = nextCheckpoint(t);
                    if (next.isPresent() && rules.checkpoints().overdue(next.get(), today)) {
                        alerts.add(TraineeshipRow.Alert.CHECKPOINT_OVERDUE);
                    }
                    if (t.needsAssessment()) {
                        alerts.add(TraineeshipRow.Alert.NOT_ASSESSED);
                    }
                    if (t.getFollowUps().stream().anyMatch(f -> !f.isDone() && !today.isBefore(f.getDueOn()))) {
                        alerts.add(TraineeshipRow.Alert.FOLLOW_UP_DUE);
                    }
                    if (underWay && t.getEndsOn().isBefore(today)) {
                        alerts.add(TraineeshipRow.Alert.PAST_END);
                    } else if (underWay && !t.getEndsOn().isAfter(today.plusDays(ENDING_DAYS))) {
                        alerts.add(TraineeshipRow.Alert.ENDING_SOON);
                    }
                    return new TraineeshipRow(
                            t.getId(),
                            name(contacts, t.getWorkerId()),
                            name(contacts, t.getTutorId()),
                            t.getEducatorId() == null ? null : educators.get(t.getEducatorId()),
                            t.getState(),
                            t.getStartsOn(),
                            t.getEndsOn(),
                            hours,
                            due,
                            next.orElse(null),
                            alerts);
                })
                .toList();
    }

    /** The trainees' names of {@code found}, by traineeship id. */
    Map<Long, String> names(List<Traineeship> found) {
        Map<Long, WorkerContact> contacts = directory.contacts(
                found.stream().map(Traineeship::getWorkerId).distinct().toList());
        Map<Long, String> names = new HashMap<>();
        found.forEach(t -> names.put(t.getId(), name(contacts, t.getWorkerId())));
        return names;
    }

    TraineeshipView view(Traineeship t, String language) {
        Map<Long, WorkerContact> contacts = directory.contacts(List.of(t.getWorkerId(), t.getTutorId()));
        Map<String, String> services = catalog.subcategoryNames("en".equals(language) ? "en" : "it");
        List<TrainingHours> register = em.createQuery(
                        "SELECT h FROM TrainingHours h WHERE h.traineeshipId = :id ORDER BY h.day DESC, h.id DESC",
                        TrainingHours.class)
                .setParameter("id", t.getId())
                .getResultList();
        BigDecimal done = register.stream().map(TrainingHours::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        HoursPlan plan = t.plan();
        LocalDate today = rules.today();
        boolean started = t.getState() != TraineeshipState.DRAFT;
        Optional<LocalDate> next = nextCheckpoint(t);
        return new TraineeshipView(
                t.getId(),
                t.getWorkerId(),
                name(contacts, t.getWorkerId()),
                t.getEducatorId(),
                t.getEducatorId() == null ? null : workers.educators().get(t.getEducatorId()),
                t.getTutorId(),
                name(contacts, t.getTutorId()),
                t.getPromoterCode(),
                t.getKind(),
                t.getGroup(),
                t.getState(),
                t.getHostName(),
                t.getHostStaff(),
                t.getHostSite(),
                t.getStartsOn(),
                t.getEndsOn(),
                t.getWeeklyHours(),
                t.getMonthlyAllowance(),
                t.getOccupationalProfile(),
                t.getActivities(),
                t.getInailPosition(),
                t.getLiabilityPolicy(),
                t.getEndedOn(),
                t.getEndReason(),
                t.getObjectives().stream()
                        .map(o -> new TraineeshipView.Objective(
                                o.getId(),
                                o.getSubcategoryCode(),
                                services.getOrDefault(o.getSubcategoryCode(), o.getSubcategoryCode()),
                                o.getCompetence(),
                                o.getTargetLevel(),
                                o.getReachedLevel()))
                        .toList(),
                register.stream()
                        .map(h -> new TraineeshipView.Hours(
                                h.getId(),
                                h.getDay(),
                                h.getHours(),
                                h.getActivity(),
                                h.getNote(),
                                h.getRequestId(),
                                h.getRecordedBy(),
                                h.getVersion()))
                        .toList(),
                started ? months(t, plan, register, today) : List.of(),
                done,
                started ? plan.dueBy(today) : BigDecimal.ZERO,
                plan.total(),
                t.getTimeline().stream()
                        .map(e -> new TraineeshipView.Line(
                                e.getOccurredAt(),
                                e.getActor(),
                                e.getAction(),
                                e.getFromState(),
                                e.getToState(),
                                e.getNote()))
                        .toList(),
                TraineeshipLifecycle.allowed(t.getState()),
                t.getCheckpoints().stream()
                        .sorted(Comparator.comparing(TraineeshipCheckpoint::getHeldOn)
                                .reversed())
                        .map(c -> new TraineeshipView.Checkpoint(
                                c.getId(),
                                c.getHeldOn(),
                                c.getScores(),
                                c.getNotes(),
                                c.getNextSteps(),
                                c.getRecordedBy()))
                        .toList(),
                next.orElse(null),
                next.isPresent() && rules.checkpoints().overdue(next.get(), today),
                t.getAssessedOn() == null
                        ? null
                        : new TraineeshipView.Assessment(
                                t.getOutcome(),
                                t.getOutcomeNote(),
                                t.getAssessedOn(),
                                t.getAssessedBy(),
                                t.getEducatorSignedOn(),
                                t.getTutorSignedOn(),
                                t.getJoinedTeamId(),
                                t.getJoinedTeamId() == null
                                        ? null
                                        : teams.activeNames().get(t.getJoinedTeamId())),
                t.getFollowUps().stream()
                        .map(f -> new TraineeshipView.FollowUp(
                                f.getMonthsAfter(),
                                f.getDueOn(),
                                !f.isDone() && !today.isBefore(f.getDueOn()),
                                f.getDoneOn(),
                                f.getSituation(),
                                f.getNote()))
                        .toList(),
                certificateRefusal(t, done, plan.total()),
                new TraineeshipView.Licence(
                        t.getLicenceSchool(),
                        t.getLicenceSteps().stream()
                                .map(s -> new TraineeshipView.Step(
                                        s.getStep(),
                                        s.getDay(),
                                        s.getPassed(),
                                        s.getLessons(),
                                        s.getCost(),
                                        s.getNote()))
                                .toList(),
                        t.licenceCost(),
                        t.hasLicence(),
                        t.wasStarted() && t.getState() != TraineeshipState.INTERRUPTED
                                ? t.nextLicenceSteps()
                                : List.of()),
                t.getVersion());
    }

    /** The day of the traineeship's next checkpoint, while it is active. */
    Optional<LocalDate> nextCheckpoint(Traineeship t) {
        if (t.getState() != TraineeshipState.ACTIVE) {
            return Optional.empty();
        }
        return rules.checkpoints()
                .next(t.getStartsOn(), t.getEndsOn(), t.lastCheckpoint().orElse(null));
    }

    /**
     * Why the competences certificate cannot be printed yet (a message key), or null when it can: it needs
     * the final assessment signed by educator and tutor, and the share of planned hours the rules ask.
     */
    String certificateRefusal(Traineeship t, BigDecimal done, BigDecimal planned) {
        if (t.getState() != TraineeshipState.COMPLETED && t.getState() != TraineeshipState.INTERRUPTED) {
            return "traineeship.certificate.notEnded";
        }
        if (t.getAssessedOn() == null) {
            return "traineeship.certificate.notAssessed";
        }
        if (!t.isSigned()) {
            return "traineeship.certificate.notSigned";
        }
        if (planned.signum() <= 0 || done.compareTo(planned.multiply(rules.certificateShare())) < 0) {
            return "traineeship.certificate.fewHours";
        }
        return null;
    }

    /** Each month from the start to today (or the end): hours planned and done, and what the allowance pays. */
    private List<TraineeshipView.Month> months(
            Traineeship t, HoursPlan plan, List<TrainingHours> register, LocalDate today) {
        Map<YearMonth, BigDecimal> done = new HashMap<>();
        register.forEach(h -> done.merge(YearMonth.from(h.getDay()), h.getHours(), BigDecimal::add));
        Allowance allowance = rules.allowance();
        List<TraineeshipView.Month> months = new ArrayList<>();
        LocalDate last = plan.endsOn().isBefore(today) ? plan.endsOn() : today;
        for (YearMonth m = YearMonth.from(t.getStartsOn()); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
            BigDecimal planned = plan.dueBetween(m.atDay(1), m.atEndOfMonth());
            BigDecimal hours = done.getOrDefault(m, BigDecimal.ZERO);
            months.add(new TraineeshipView.Month(
                    m.atDay(1),
                    planned,
                    hours,
                    Allowance.participation(planned, hours),
                    allowance.due(t.getMonthlyAllowance(), planned, hours)));
        }
        return months;
    }

    private static String name(Map<Long, WorkerContact> contacts, long id) {
        WorkerContact c = contacts.get(id);
        return c == null ? "#" + id : c.name();
    }
}
