package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.api.training.TrainingActivity;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
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
import java.time.temporal.TemporalAdjusters;

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
}
