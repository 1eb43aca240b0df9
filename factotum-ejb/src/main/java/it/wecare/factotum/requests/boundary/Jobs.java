package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.requests.control.BrokenRule;
import it.wecare.factotum.requests.control.JobSlot;
import it.wecare.factotum.requests.control.Lifecycle;
import it.wecare.factotum.requests.entity.Assignment;
import it.wecare.factotum.requests.entity.QuoteRequest;
import it.wecare.factotum.workers.boundary.Availability;
import it.wecare.factotum.workers.boundary.UnavailabilityView;
import it.wecare.factotum.workers.boundary.WorkerContact;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import it.wecare.factotum.workers.boundary.WorkerForm;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The job once a worker holds it: operators schedule it inside the client's window (checked against the
 * worker's other jobs and days away), the worker (or an operator) marks it done with the hours worked, a
 * worker who can no longer do it withdraws; the calendars of all jobs and of one worker.
 */
@Stateless
public class Jobs {

    /** A calendar shows at most this many days at once. */
    static final int MAX_CALENDAR_DAYS = 62;

    @PersistenceContext
    EntityManager em;

    @Inject
    Transitions transitions;

    @Inject
    RequestScope scope;

    @Inject
    Workers workers;

    @Inject
    WorkerDirectory directory;

    @Inject
    Availability availability;

    @Inject
    Catalog catalog;

    @Inject
    Comuni comuni;

    @Inject
    Event<JobScheduled> scheduled;

    @Inject
    Event<JobCompleted> completed;

    @Resource
    SessionContext session;

    /**
     * Fixes (or moves) the date of an accepted job, inside the client's window, when the worker is free.
     *
     * @param version the version of the request the operator saw
     * @throws InvalidInput naming {@code action} when the request is not accepted or scheduled,
     *     {@code scheduledDate}, {@code scheduledStart} or {@code scheduledMinutes} for a slot outside the
     *     client's wish, a day the worker is away or a time the worker has another job
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public void schedule(long requestId, long version, LocalDate date, LocalTime start, Integer minutes) {
        QuoteRequest request = transitions.seen(requestId, version);
        if (Lifecycle.next(request.getState(), RequestAction.SCHEDULE).isEmpty()) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        Assignment held = accepted(requestId).orElseThrow(() -> new InvalidInput("action", "request.error.notAllowed"));
        JobSlot slot;
        try {
            slot = JobSlot.fitting(date, start, minutes, request.when(), transitions.today());
        } catch (BrokenRule e) {
            throw Transitions.invalid(e);
        }
        for (UnavailabilityView away : availability.between(List.of(held.getWorkerId()), slot.date(), slot.date())) {
            throw new InvalidInput("scheduledDate", "schedule.error.away", away.firstDay(), away.lastDay());
        }
        for (QuoteRequest other : jobsOf(held.getWorkerId(), slot.date(), slot.date())) {
            if (other.getId() != requestId && other.slot().map(slot::overlaps).orElse(false)) {
                JobSlot busy = other.slot().orElseThrow();
                throw new InvalidInput(
                        "scheduledStart", "schedule.error.busy", other.getNumber(), busy.start(), busy.end());
            }
        }
        boolean moved = request.getState() == RequestState.SCHEDULED;
        String actor = Callers.name(session);
        transitions.apply(
                request,
                RequestAction.SCHEDULE,
                actor,
                Channel.DESK,
                slot.toString(),
                r -> r.schedule(slot, actor, Channel.DESK, transitions.now()));
        scheduled.fire(new JobScheduled(transitions.notice(request, contact(held.getWorkerId())), moved));
    }

    /**
     * An operator marks a scheduled job done (for a worker without a login, or who phoned).
     *
     * @throws InvalidInput naming {@code workedHours}, {@code note}, or {@code action} when the job is not
     *     scheduled or its day has not come
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public void complete(long requestId, long version, BigDecimal hours, String note) {
        QuoteRequest request = transitions.seen(requestId, version);
        complete(request, hours, note, Channel.DESK);
    }

    /**
     * The worker who is calling marks their scheduled job done, with the hours worked and a note.
     *
     * @throws InvalidInput naming {@code workedHours}, {@code note}, or {@code action} when the job is not
     *     scheduled or its day has not come
     * @throws RecordNotFound when the job is not this worker's
     */
    @RolesAllowed(Role.WORKER_NAME)
    public void completeMine(long assignmentId, BigDecimal hours, String note) {
        Assignment assignment = mine(assignmentId);
        if (assignment.getState() != AssignmentState.ACCEPTED) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        complete(assignment.getRequest(), hours, note, Channel.WEB);
    }

    private void complete(QuoteRequest request, BigDecimal hours, String note, Channel channel) {
        if (request.getState() != RequestState.SCHEDULED) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        JobSlot slot = request.slot().orElseThrow(() -> new InvalidInput("action", "request.error.notAllowed"));
        if (slot.date().isAfter(transitions.today())) {
            throw new InvalidInput("action", "complete.error.notYet", slot.date());
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(new BigDecimal("99.99")) > 0) {
            throw new InvalidInput("workedHours", "complete.error.hours");
        }
        if (note != null && note.strip().length() > 1000) {
            throw new InvalidInput("note", "request.error.noteTooLong");
        }
        String actor = Callers.name(session);
        transitions.apply(
                request,
                RequestAction.COMPLETE,
                actor,
                channel,
                note,
                r -> r.complete(hours, note, actor, channel, transitions.now()));
        Assignment held = accepted(request.getId()).orElseThrow();
        WorkerContact worker = contact(held.getWorkerId());
        completed.fire(new JobCompleted(
                request.getId(),
                request.getNumber(),
                request.getClientName(),
                request.getClientEmail(),
                request.getLanguage(),
                transitions.serviceName(request, request.getLanguage()),
                worker.name(),
                held.getWorkerId(),
                request.getClientEmail() == null
                        ? null
                        : transitions.anotherTrackingLink(request).url(),
                slot.date(),
                hours));
    }

    /**
     * The worker who is calling can no longer do an accepted job: it goes back to the operators (the
     * request returns to IN_REVIEW), with the reason.
     *
     * @throws InvalidInput naming {@code reason} without one, {@code action} when the job is not accepted
     * @throws RecordNotFound when the job is not this worker's
     */
    @RolesAllowed(Role.WORKER_NAME)
    public void withdrawMine(long assignmentId, String reason) {
        Assignment assignment = mine(assignmentId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "request.error.reasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw new InvalidInput("reason", "request.error.noteTooLong");
        }
        QuoteRequest request = assignment.getRequest();
        if (assignment.getState() != AssignmentState.ACCEPTED
                || Lifecycle.next(request.getState(), RequestAction.WITHDRAW).isEmpty()) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        assignment.withdraw(reason, transitions.now());
        transitions.apply(request, RequestAction.WITHDRAW, Callers.name(session), Channel.WEB, reason);
    }

    /**
     * The calendar of the back-office: scheduled and done jobs and days away, of every worker or of one.
     *
     * @throws InvalidInput naming {@code to} for a range that runs backwards or is longer than two months
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public List<CalendarEntry> calendar(LocalDate from, LocalDate to, Long workerId, String language) {
        Optional<Set<Long>> followed = scope.workers();
        if (followed.isEmpty()) {
            return entries(from, to, workerId, language);
        }
        if (workerId != null && !followed.get().contains(workerId)) {
            throw new RecordNotFound("Worker", workerId);
        }
        return entries(from, to, workerId, language).stream()
                .filter(e -> followed.get().contains(e.workerId()))
                .toList();
    }

    /** The calendar of the worker who is calling. */
    @RolesAllowed(Role.WORKER_NAME)
    public List<CalendarEntry> myCalendar(LocalDate from, LocalDate to, String language) {
        return workers.mine().map(me -> entries(from, to, me.id(), language)).orElse(List.of());
    }

    /** What the held worker already has around the client's window, for the operator fixing the date. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public List<CalendarEntry> commitmentsFor(long requestId, String language) {
        QuoteRequest request = transitions.find(requestId);
        Optional<Assignment> held = accepted(requestId);
        if (held.isEmpty()) {
            return List.of();
        }
        LocalDate from = request.when().earliest();
        LocalDate to = request.when().latest();
        if (ChronoUnit.DAYS.between(from, to) >= MAX_CALENDAR_DAYS) {
            to = from.plusDays(MAX_CALENDAR_DAYS - 1);
        }
        return entries(from, to, held.get().getWorkerId(), language).stream()
                .filter(e -> e.kind() == CalendarEntry.Kind.AWAY || e.id() != requestId)
                .toList();
    }

    private List<CalendarEntry> entries(LocalDate from, LocalDate to, Long workerId, String language) {
        if (from == null || to == null) {
            throw new InvalidInput(from == null ? "from" : "to", "request.error.dateRequired");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_CALENDAR_DAYS) {
            throw new InvalidInput("to", "calendar.error.range", MAX_CALENDAR_DAYS);
        }
        String lang = "en".equals(language) ? "en" : "it";
        var query = em.createQuery(
                        "SELECT r, a.workerId FROM QuoteRequest r, Assignment a WHERE a.request = r"
                                + " AND a.state = :accepted AND r.state IN :states"
                                + " AND r.scheduledDate >= :from AND r.scheduledDate <= :to"
                                + (workerId == null ? "" : " AND a.workerId = :worker"),
                        Object[].class)
                .setParameter("accepted", AssignmentState.ACCEPTED)
                .setParameter("states", List.of(RequestState.SCHEDULED, RequestState.COMPLETED))
                .setParameter("from", from)
                .setParameter("to", to);
        if (workerId != null) {
            query.setParameter("worker", workerId);
        }
        List<Object[]> jobs = query.setMaxResults(2000).getResultList();
        List<UnavailabilityView> away = availability.between(workerId == null ? null : List.of(workerId), from, to);
        Set<Long> ids = new HashSet<>();
        jobs.forEach(row -> ids.add((Long) row[1]));
        away.forEach(a -> ids.add(a.workerId()));
        Map<Long, WorkerContact> names = directory.contacts(ids);
        Map<String, String> services = catalog.subcategoryNames(lang);
        Map<String, String> places = comuni.labels(jobs.stream()
                .map(row -> ((QuoteRequest) row[0]).getComuneCode())
                .distinct()
                .toList());
        List<CalendarEntry> entries = new ArrayList<>();
        for (Object[] row : jobs) {
            QuoteRequest r = (QuoteRequest) row[0];
            long worker = (Long) row[1];
            JobSlot slot = r.slot().orElseThrow();
            entries.add(new CalendarEntry(
                    CalendarEntry.Kind.JOB,
                    r.getId(),
                    r.getNumber(),
                    worker,
                    name(names, worker),
                    slot.date(),
                    slot.date(),
                    slot.start(),
                    slot.end(),
                    services.getOrDefault(r.getSubcategoryCode(), r.getSubcategoryCode()) + " · "
                            + places.getOrDefault(r.getComuneCode(), r.getComuneCode()),
                    r.getState()));
        }
        for (UnavailabilityView a : away) {
            entries.add(new CalendarEntry(
                    CalendarEntry.Kind.AWAY,
                    a.id(),
                    null,
                    a.workerId(),
                    name(names, a.workerId()),
                    a.firstDay(),
                    a.lastDay(),
                    null,
                    null,
                    a.reason(),
                    null));
        }
        entries.sort(Comparator.comparing(CalendarEntry::first)
                .thenComparing(e -> e.start() == null ? LocalTime.MIN : e.start())
                .thenComparing(CalendarEntry::workerName)
                .thenComparingLong(CalendarEntry::id));
        return entries;
    }

    private static String name(Map<Long, WorkerContact> names, long workerId) {
        WorkerContact contact = names.get(workerId);
        return contact == null ? "#" + workerId : contact.name();
    }

    private List<QuoteRequest> jobsOf(long workerId, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "SELECT r FROM QuoteRequest r, Assignment a WHERE a.request = r AND a.workerId = :worker"
                                + " AND a.state = :accepted AND r.state = :scheduled"
                                + " AND r.scheduledDate >= :from AND r.scheduledDate <= :to",
                        QuoteRequest.class)
                .setParameter("worker", workerId)
                .setParameter("accepted", AssignmentState.ACCEPTED)
                .setParameter("scheduled", RequestState.SCHEDULED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private Optional<Assignment> accepted(long requestId) {
        return em
                .createQuery(
                        "SELECT a FROM Assignment a WHERE a.request.id = :request AND a.state = :accepted",
                        Assignment.class)
                .setParameter("request", requestId)
                .setParameter("accepted", AssignmentState.ACCEPTED)
                .getResultList()
                .stream()
                .findFirst();
    }

    private Assignment mine(long assignmentId) {
        Long me = workers.mine().map(WorkerForm::id).orElse(null);
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null || me == null || assignment.getWorkerId() != me) {
            throw new RecordNotFound("Assignment", assignmentId);
        }
        return assignment;
    }

    private WorkerContact contact(long workerId) {
        return directory
                .contacts(List.of(workerId))
                .getOrDefault(workerId, new WorkerContact(workerId, "#" + workerId, null, null, "it"));
    }
}
