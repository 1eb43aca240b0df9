package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.api.training.TrainingActivity;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.training.control.Allowance;
import it.wecare.factotum.training.control.TrainingRule;
import it.wecare.factotum.training.entity.Traineeship;
import it.wecare.factotum.training.entity.TrainingHours;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hours register ("registro presenze") of a traineeship: the educator enters workshop training,
 * courses and meetings; the jobs the trainee did are entered when they complete ({@link JobHours}). A
 * correction or a removal needs a reason, which the audit log keeps.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class HoursRegister {

    static final String RECORD_TYPE = "TraineeshipHours";

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingScope scope;

    @Inject
    TrainingRules rules;

    @Inject
    AuditLog audit;

    @Inject
    TraineeshipViews views;

    @Resource
    SessionContext session;

    /**
     * Enters a day of the register.
     *
     * @throws InvalidInput naming {@code day} outside the traineeship or in the future, {@code hours} over
     *     the day's or the week's limit, {@code action} unless the traineeship is under way
     */
    public long add(long traineeshipId, @NotNull @Valid HoursEntry entry) {
        Traineeship traineeship = scope.find(traineeshipId, session);
        check(traineeship, entry, null);
        TrainingHours hours = new TrainingHours(
                traineeshipId,
                entry.day(),
                entry.hours(),
                entry.activity(),
                entry.note(),
                null,
                Callers.name(session),
                rules.now());
        em.persist(hours);
        em.flush();
        audit.record(
                "TRAINEESHIP_HOURS_ADDED", TrainingScope.RECORD_TYPE, traineeshipId, entry.day() + " " + entry.hours());
        return hours.getId();
    }

    /**
     * Corrects an entry, with the reason.
     *
     * @throws InvalidInput naming {@code reason} without one
     * @throws ConflictingChange when someone changed the entry meanwhile
     */
    public void correct(long hoursId, @NotNull @Valid HoursEntry entry, long version, String reason) {
        TrainingHours hours = entry(hoursId, version);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "traineeship.error.reasonRequired");
        }
        Traineeship traineeship = scope.find(hours.getTraineeshipId(), session);
        check(traineeship, entry, hours);
        String before = hours.getDay() + " " + hours.getHours() + " " + hours.getActivity();
        hours.correct(entry.day(), entry.hours(), entry.activity(), entry.note(), Callers.name(session), rules.now());
        em.flush();
        audit.record(
                "TRAINEESHIP_HOURS_CORRECTED",
                TrainingScope.RECORD_TYPE,
                traineeship.getId(),
                before + " → " + entry.day() + " " + entry.hours() + " " + entry.activity() + ": " + reason.strip());
    }

    /** Removes an entry entered by mistake, with the reason. */
    public void remove(long hoursId, long version, String reason) {
        TrainingHours hours = entry(hoursId, version);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "traineeship.error.reasonRequired");
        }
        Traineeship traineeship = scope.find(hours.getTraineeshipId(), session);
        em.remove(hours);
        em.flush();
        audit.record(
                "TRAINEESHIP_HOURS_REMOVED",
                TrainingScope.RECORD_TYPE,
                traineeship.getId(),
                hours.getDay() + " " + hours.getHours() + ": " + reason.strip());
    }

    private TrainingHours entry(long hoursId, long version) {
        TrainingHours hours = em.find(TrainingHours.class, hoursId);
        if (hours == null) {
            throw new RecordNotFound(RECORD_TYPE, hoursId);
        }
        scope.find(hours.getTraineeshipId(), session);
        if (hours.getVersion() != version) {
            throw new ConflictingChange(ConflictingChange.STALE, "hours " + hoursId + " changed meanwhile");
        }
        return hours;
    }

    private void check(Traineeship traineeship, HoursEntry entry, TrainingHours replacing) {
        if (traineeship.getState() == TraineeshipState.DRAFT) {
            throw new InvalidInput("action", "traineeship.error.notStarted");
        }
        LocalDate today = rules.today();
        if (entry.day().isAfter(today)) {
            throw new InvalidInput("day", "traineeship.error.dayFuture");
        }
        LocalDate last = traineeship.getEndedOn() != null ? traineeship.getEndedOn() : traineeship.getEndsOn();
        if (entry.day().isBefore(traineeship.getStartsOn()) || entry.day().isAfter(last)) {
            throw new InvalidInput("day", "traineeship.error.dayOutside", traineeship.getStartsOn(), last);
        }
        if (entry.activity() == TrainingActivity.JOB && replacing == null) {
            throw new InvalidInput("activity", "traineeship.error.jobByHand");
        }
        BigDecimal minus = replacing == null ? BigDecimal.ZERO : replacing.getHours();
        BigDecimal day = sum(traineeship.getId(), entry.day(), entry.day());
        if (replacing != null && replacing.getDay().equals(entry.day())) {
            day = day.subtract(minus);
        }
        LocalDate monday = entry.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        BigDecimal week = sum(traineeship.getId(), monday, monday.plusDays(6));
        if (replacing != null
                && !replacing.getDay().isBefore(monday)
                && !replacing.getDay().isAfter(monday.plusDays(6))) {
            week = week.subtract(minus);
        }
        try {
            rules.register().check(entry.hours(), day, week);
        } catch (TrainingRule e) {
            throw TrainingRules.invalid(e);
        }
    }

    private BigDecimal sum(long traineeshipId, LocalDate from, LocalDate to) {
        BigDecimal sum = em.createQuery(
                        "SELECT SUM(h.hours) FROM TrainingHours h WHERE h.traineeshipId = :id"
                                + " AND h.day >= :from AND h.day <= :to",
                        BigDecimal.class)
                .setParameter("id", traineeshipId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /**
     * The allowance statement of {@code month} for the administration: a line for each traineeship under
     * way in some day of that month (started; suspended or ended ones too), by trainee. The export is
     * audited.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AllowanceLine> statement(@NotNull YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<Traineeship> found = em.createQuery(
                        "SELECT t FROM Traineeship t WHERE t.state <> :draft AND t.startsOn <= :last"
                                + " AND ((t.endedOn IS NULL AND t.endsOn >= :first) OR t.endedOn >= :first)"
                                + " ORDER BY t.id",
                        Traineeship.class)
                .setParameter("draft", TraineeshipState.DRAFT)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
        Map<Long, BigDecimal> done = new HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery(
                            "SELECT h.traineeshipId, SUM(h.hours) FROM TrainingHours h WHERE h.traineeshipId IN :ids"
                                    + " AND h.day BETWEEN :first AND :last GROUP BY h.traineeshipId",
                            Object[].class)
                    .setParameter("ids", found.stream().map(Traineeship::getId).toList())
                    .setParameter("first", first)
                    .setParameter("last", last)
                    .getResultList()
                    .forEach(r -> done.put((Long) r[0], (BigDecimal) r[1]));
        }
        Map<Long, String> names = views.names(found);
        Allowance allowance = rules.allowance();
        List<AllowanceLine> lines = new ArrayList<>();
        for (Traineeship t : found) {
            BigDecimal planned = t.plan().dueBetween(first, last);
            BigDecimal hours = done.getOrDefault(t.getId(), BigDecimal.ZERO);
            lines.add(new AllowanceLine(
                    t.getId(),
                    names.get(t.getId()),
                    t.getHostName(),
                    t.getState(),
                    t.getMonthlyAllowance(),
                    planned,
                    hours,
                    Allowance.participation(planned, hours),
                    allowance.due(t.getMonthlyAllowance(), planned, hours)));
        }
        lines.sort(Comparator.comparing(AllowanceLine::traineeName).thenComparing(AllowanceLine::traineeshipId));
        audit.record("TRAINEESHIP_ALLOWANCES_EXPORTED", TrainingScope.RECORD_TYPE, null, month.toString());
        return lines;
    }
}
