package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.workers.entity.Unavailability;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * Workers' unavailability (holidays, days off): a worker keeps their own in the worker area, operators
 * keep it for anyone; scheduling and matching read it.
 */
@Stateless
public class Availability {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    @PersistenceContext
    EntityManager em;

    @Inject
    Workers workers;

    @Inject
    WorkerDirectory directory;

    @Inject
    Trainees trainees;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** The caller's own unavailability from today on (a worker's login). */
    @RolesAllowed(Role.WORKER_NAME)
    public List<UnavailabilityView> mine() {
        return workers.mine().map(w -> of(w.id())).orElse(List.of());
    }

    /**
     * Adds days the caller cannot work.
     *
     * @throws InvalidInput naming {@code firstDay}, {@code lastDay} or {@code reason}
     */
    @RolesAllowed(Role.WORKER_NAME)
    public UnavailabilityView addMine(LocalDate firstDay, LocalDate lastDay, String reason) {
        long me = workers.mine()
                .map(WorkerForm::id)
                .orElseThrow(() -> new InvalidInput("firstDay", "unavailability.error.noWorker"));
        return add(me, firstDay, lastDay, reason);
    }

    /** Removes one of the caller's own periods. */
    @RolesAllowed(Role.WORKER_NAME)
    public void removeMine(long id) {
        Unavailability period = em.find(Unavailability.class, id);
        if (period == null || period.getWorkerId() != me()) {
            throw new RecordNotFound("Unavailability", id);
        }
        em.remove(period);
    }

    /** A worker's unavailability from today on, earliest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME, Role.WORKER_NAME})
    public List<UnavailabilityView> of(long workerId) {
        if (session.isCallerInRole(Role.WORKER_NAME)
                && !session.isCallerInRole(Role.OPERATOR_NAME)
                && !session.isCallerInRole(Role.ADMIN_NAME)
                && workerId != me()) {
            throw new RecordNotFound("Worker", workerId);
        }
        if (!session.isCallerInRole(Role.WORKER_NAME) && !trainees.mayFollow(workerId)) {
            throw new RecordNotFound("Worker", workerId);
        }
        return between(List.of(workerId), today(), today().plusYears(2));
    }

    /**
     * Adds days a worker cannot work (an operator, for a worker without a login or who phoned).
     *
     * @throws InvalidInput naming {@code firstDay}, {@code lastDay} or {@code reason}
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public UnavailabilityView addFor(long workerId, LocalDate firstDay, LocalDate lastDay, String reason) {
        directory.activeName(workerId).orElseThrow(() -> new RecordNotFound("Worker", workerId));
        return add(workerId, firstDay, lastDay, reason);
    }

    /** Removes a period (operators). */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public void remove(long id) {
        Unavailability period = em.find(Unavailability.class, id);
        if (period == null) {
            throw new RecordNotFound("Unavailability", id);
        }
        em.remove(period);
    }

    /**
     * The unavailability that touches the days from {@code from} to {@code to}: of the given workers, or of
     * everyone when {@code workerIds} is null.
     */
    @PermitAll
    public List<UnavailabilityView> between(Collection<Long> workerIds, LocalDate from, LocalDate to) {
        if (workerIds != null && workerIds.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery(
                "SELECT u FROM Unavailability u WHERE u.firstDay <= :to AND u.lastDay >= :from"
                        + (workerIds == null ? "" : " AND u.workerId IN :workers")
                        + " ORDER BY u.firstDay, u.id",
                Unavailability.class);
        if (workerIds != null) {
            query.setParameter("workers", workerIds);
        }
        return query.setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(u -> new UnavailabilityView(
                        u.getId(), u.getWorkerId(), u.getFirstDay(), u.getLastDay(), u.getReason()))
                .toList();
    }

    private UnavailabilityView add(long workerId, LocalDate firstDay, LocalDate lastDay, String reason) {
        if (firstDay == null) {
            throw new InvalidInput("firstDay", "request.error.dateRequired");
        }
        if (lastDay == null) {
            throw new InvalidInput("lastDay", "request.error.dateRequired");
        }
        if (lastDay.isBefore(today())) {
            throw new InvalidInput("lastDay", "request.error.datePast");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new InvalidInput("lastDay", "request.error.windowOrder");
        }
        if (firstDay.isAfter(today().plusYears(2))) {
            throw new InvalidInput("firstDay", "unavailability.error.tooFar");
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) >= Unavailability.MAX_DAYS) {
            throw new InvalidInput("lastDay", "unavailability.error.tooLong", Unavailability.MAX_DAYS);
        }
        if (reason != null && reason.strip().length() > Unavailability.MAX_REASON) {
            throw new InvalidInput("reason", "unavailability.error.reasonTooLong", Unavailability.MAX_REASON);
        }
        String by = session.getCallerPrincipal() == null
                ? "system"
                : session.getCallerPrincipal().getName();
        Unavailability period = new Unavailability(workerId, firstDay, lastDay, reason, by, clock.instant());
        em.persist(period);
        em.flush();
        return new UnavailabilityView(
                period.getId(), workerId, period.getFirstDay(), period.getLastDay(), period.getReason());
    }

    private long me() {
        return workers.mine().map(WorkerForm::id).orElseThrow(() -> new RecordNotFound("Worker", 0L));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ITALY));
    }
}
