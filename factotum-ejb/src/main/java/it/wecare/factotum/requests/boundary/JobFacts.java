package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.requests.control.JobSlot;
import it.wecare.factotum.requests.entity.Assignment;
import it.wecare.factotum.requests.entity.QuoteRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What other capabilities need to know from the requests: for matching, the job asked for and each worker's
 * jobs (open, recent, proposed, accepted, done, and the days already taken); for barter, the client. Reads
 * counts, dates and names, never whole requests.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
public class JobFacts {

    /** An IN list holds at most this many ids. */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    /**
     * The job of a request, for matching.
     *
     * @param earliest first day of the client's window
     * @param latest its last day
     * @param askedBefore the workers who declined, let the proposal lapse or gave the job back
     * @param holder the worker who holds the request now (proposed or accepted), or null
     */
    public record Job(
            long requestId,
            String number,
            RequestState state,
            long version,
            String subcategoryCode,
            String comuneCode,
            LocalDate earliest,
            LocalDate latest,
            WorkerKind preferredKind,
            Long preferredWorkerId,
            Set<Long> askedBefore,
            Long holder)
            implements Serializable {}

    /**
     * A worker's jobs.
     *
     * @param openJobs accepted and not yet closed
     * @param acceptedSince accepted since the day asked for (the last 30 days)
     * @param proposed ever proposed to the worker
     * @param accepted of those, accepted
     * @param completed of the accepted ones, done
     * @param busyDays days in the window with a job already fixed
     */
    public record Workload(
            long workerId,
            int openJobs,
            int acceptedSince,
            int proposed,
            int accepted,
            int completed,
            Set<LocalDate> busyDays)
            implements Serializable {

        static Workload none(long workerId) {
            return new Workload(workerId, 0, 0, 0, 0, 0, Set.of());
        }
    }

    /**
     * The client of a request, for the capabilities that deal with them (the goods they offer).
     *
     * @param clientKey who the client is across requests: the email, or the phone for a client without one
     * @param email null when the client gave none
     */
    public record Client(
            long requestId,
            String number,
            RequestState state,
            String clientKey,
            String name,
            String email,
            String language,
            String address)
            implements Serializable {}

    /** The client of a request and where the request stands; {@link RecordNotFound} when there is none. */
    @PermitAll
    public Client client(long requestId) {
        QuoteRequest r = em.find(QuoteRequest.class, requestId);
        if (r == null) {
            throw new RecordNotFound("QuoteRequest", requestId);
        }
        return new Client(
                r.getId(),
                r.getNumber(),
                r.getState(),
                r.clientKey(),
                r.getClientName(),
                r.getClientEmail(),
                r.getLanguage(),
                r.getAddress());
    }

    /**
     * A job as its review needs it: who did it (the accepted worker), the service, the day.
     *
     * @param workerId null when no worker accepted the job
     * @param day the day of the job (the day it was completed when it had no date)
     * @param organisationCode the partner organisation of the worker who held the job, or null
     */
    public record Done(
            long requestId,
            String number,
            RequestState state,
            Long workerId,
            String subcategoryCode,
            LocalDate day,
            String clientName,
            String clientEmail,
            String language,
            String organisationCode)
            implements Serializable {}

    /** The job of a request, for its review; {@link RecordNotFound} when there is none. */
    @PermitAll
    public Done done(long requestId) {
        QuoteRequest r = em.find(QuoteRequest.class, requestId);
        if (r == null) {
            throw new RecordNotFound("QuoteRequest", requestId);
        }
        Long worker = em.createQuery(
                        "SELECT a.workerId FROM Assignment a WHERE a.request.id = :id AND a.state = :accepted",
                        Long.class)
                .setParameter("id", requestId)
                .setParameter("accepted", AssignmentState.ACCEPTED)
                .getResultStream()
                .findFirst()
                .orElse(null);
        LocalDate day = r.slot()
                .map(JobSlot::date)
                .orElseGet(() -> r.getClosedAt() == null
                        ? LocalDate.now(Transitions.ITALY)
                        : LocalDate.ofInstant(r.getClosedAt(), Transitions.ITALY));
        return new Done(
                r.getId(),
                r.getNumber(),
                r.getState(),
                worker,
                r.getSubcategoryCode(),
                day,
                r.getClientName(),
                r.getClientEmail(),
                r.getLanguage(),
                r.getOrganisationCode());
    }

    /** The id of the request with this number; {@link RecordNotFound} when there is none. */
    public long idOf(String number) {
        return em.createQuery("SELECT r.id FROM QuoteRequest r WHERE r.number = :number", Long.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("QuoteRequest", number));
    }

    public Job job(long requestId) {
        QuoteRequest r = em.find(QuoteRequest.class, requestId);
        if (r == null) {
            throw new RecordNotFound("QuoteRequest", requestId);
        }
        List<Assignment> all = em.createQuery("SELECT a FROM Assignment a WHERE a.request.id = :id", Assignment.class)
                .setParameter("id", requestId)
                .getResultList();
        Set<Long> asked = new TreeSet<>();
        Long holder = null;
        for (Assignment a : all) {
            if (a.getState().isOpen()) {
                holder = a.getWorkerId();
            } else {
                asked.add(a.getWorkerId());
            }
        }
        return new Job(
                r.getId(),
                r.getNumber(),
                r.getState(),
                r.getVersion(),
                r.getSubcategoryCode(),
                r.getComuneCode(),
                r.when().earliest(),
                r.when().latest(),
                r.getPreferredKind(),
                r.getPreferredWorkerId(),
                Set.copyOf(asked),
                holder);
    }

    /**
     * The jobs of {@code workerIds}: counts since {@code since}, and the days from {@code from} to
     * {@code to} already taken by a fixed job. Workers without any job get zeros.
     */
    public Map<Long, Workload> workloads(Collection<Long> workerIds, Instant since, LocalDate from, LocalDate to) {
        Map<Long, Workload> result = new HashMap<>();
        List<Long> ids = new ArrayList<>(new TreeSet<>(workerIds));
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            Map<Long, Set<LocalDate>> busy = new HashMap<>();
            em.createQuery(
                            "SELECT a.workerId, r.scheduledDate FROM Assignment a JOIN a.request r"
                                    + " WHERE a.workerId IN :ids AND a.state = :accepted AND r.closedAt IS NULL"
                                    + " AND r.scheduledDate BETWEEN :from AND :to",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .setParameter("accepted", AssignmentState.ACCEPTED)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList()
                    .forEach(row -> busy.computeIfAbsent((Long) row[0], k -> new TreeSet<>())
                            .add((LocalDate) row[1]));
            em.createQuery(
                            "SELECT a.workerId, COUNT(a),"
                                    + " SUM(CASE WHEN a.state = :accepted THEN 1 ELSE 0 END),"
                                    + " SUM(CASE WHEN a.state = :accepted AND r.state = :completed THEN 1 ELSE 0 END),"
                                    + " SUM(CASE WHEN a.state = :accepted AND r.closedAt IS NULL THEN 1 ELSE 0 END),"
                                    + " SUM(CASE WHEN a.state = :accepted AND a.answeredAt >= :since THEN 1 ELSE 0 END)"
                                    + " FROM Assignment a JOIN a.request r WHERE a.workerId IN :ids GROUP BY a.workerId",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .setParameter("accepted", AssignmentState.ACCEPTED)
                    .setParameter("completed", RequestState.COMPLETED)
                    .setParameter("since", since)
                    .getResultList()
                    .forEach(row -> {
                        long id = (Long) row[0];
                        result.put(
                                id,
                                new Workload(
                                        id,
                                        count(row[4]),
                                        count(row[5]),
                                        count(row[1]),
                                        count(row[2]),
                                        count(row[3]),
                                        Set.copyOf(busy.getOrDefault(id, Set.of()))));
                    });
            for (Long id : chunk) {
                result.computeIfAbsent(
                        id,
                        k -> busy.containsKey(k)
                                ? new Workload(k, 0, 0, 0, 0, 0, Set.copyOf(busy.get(k)))
                                : Workload.none(k));
            }
        }
        return result;
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
