package it.wecare.factotum.requests.boundary;

import static it.wecare.factotum.platform.control.Figures.amount;
import static it.wecare.factotum.platform.control.Figures.count;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.QuoteState;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.platform.boundary.PeriodQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The requests' figures for the impact report, each computed by the database with a grouped query over a
 * period (days in Italy, both included) and, when given, one partner organisation (the organisation of the
 * worker who held the job). Requests are counted in the period they came in; endings, jobs and their value
 * in the period they closed; quotes in the period they were sent; proposals in the period they were made.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
public class RequestFigures {

    /** How many reasons of each ending the figures list. */
    static final int REASONS = 10;

    @PersistenceContext
    EntityManager em;

    /**
     * Demand and service.
     *
     * @param requests requests that came in
     * @param byChannel, bySubcategory, byComune, byMonth the same, split (months in UTC)
     * @param endings requests that ended in the period, by their final state
     * @param reasons the most frequent reasons given for a cancellation or a rejection in the period
     * @param hoursToProposal average hours from the request to its first proposal (null without any)
     * @param hoursToAssignment average hours from the request to the first worker's yes
     * @param daysToJob average days from the request to the completed job
     * @param quotes quotes sent in the period, by where they stand now
     * @param jobs jobs completed in the period
     * @param hoursWorked their hours
     * @param valueNet, valueIva, valueTotal their accepted quotes' amounts
     */
    public record Demand(
            long requests,
            Map<Channel, Long> byChannel,
            Map<String, Long> bySubcategory,
            Map<String, Long> byComune,
            Map<YearMonth, Long> byMonth,
            Map<RequestState, Long> endings,
            List<Reason> reasons,
            Double hoursToProposal,
            Double hoursToAssignment,
            Double daysToJob,
            Map<QuoteState, Long> quotes,
            long jobs,
            BigDecimal hoursWorked,
            BigDecimal valueNet,
            BigDecimal valueIva,
            BigDecimal valueTotal)
            implements Serializable {

        public long ended() {
            return endings.values().stream().mapToLong(Long::longValue).sum();
        }

        public long ending(RequestState state) {
            return endings.getOrDefault(state, 0L);
        }

        public long quotes(QuoteState state) {
            return quotes.getOrDefault(state, 0L);
        }

        public long quotesSent() {
            return quotes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A reason given when a request ended (CANCELLED or REJECTED), and how many times. */
    public record Reason(RequestState state, String note, long times) implements Serializable {}

    /** The completed jobs and hours of one worker in the period. */
    public record WorkerJobs(long workerId, WorkerKind kind, long jobs, BigDecimal hours) implements Serializable {}

    /**
     * Workers and fairness.
     *
     * @param perWorker each worker who completed a job in the period
     * @param proposals proposals made in the period, by how they ended (or PROPOSED while still open)
     */
    public record Work(List<WorkerJobs> perWorker, Map<AssignmentState, Long> proposals) implements Serializable {

        public long proposals(AssignmentState state) {
            return proposals.getOrDefault(state, 0L);
        }
    }

    public Demand demand(LocalDate from, LocalDate to, String organisation) {
        Instant start = start(from);
        Instant end = end(to);
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        grouped("r.channel", "QuoteRequest r", "r.createdAt", start, end, organisation)
                .forEach(row -> byChannel.put((Channel) row[0], count(row[1])));
        Map<String, Long> bySubcategory = new TreeMap<>();
        grouped("r.subcategoryCode", "QuoteRequest r", "r.createdAt", start, end, organisation)
                .forEach(row -> bySubcategory.put((String) row[0], count(row[1])));
        Map<String, Long> byComune = new TreeMap<>();
        grouped("r.comuneCode", "QuoteRequest r", "r.createdAt", start, end, organisation)
                .forEach(row -> byComune.put((String) row[0], count(row[1])));
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        String month = "EXTRACT(YEAR FROM r.created_at) * 100 + EXTRACT(MONTH FROM r.created_at)";
        for (Object row : nativeRows(
                "SELECT " + month + ", COUNT(*) FROM quote_request r WHERE r.created_at >= ?1 AND r.created_at < ?2"
                        + orgSql(organisation) + " GROUP BY " + month,
                start,
                end,
                organisation)) {
            Object[] cells = (Object[]) row;
            int ym = ((Number) cells[0]).intValue();
            byMonth.put(YearMonth.of(ym / 100, ym % 100), count(cells[1]));
        }
        Map<RequestState, Long> endings = new EnumMap<>(RequestState.class);
        grouped("r.state", "QuoteRequest r", "r.closedAt", start, end, organisation)
                .forEach(row -> endings.put((RequestState) row[0], count(row[1])));
        List<Reason> reasons = new ArrayList<>();
        for (RequestState ending : List.of(RequestState.CANCELLED, RequestState.REJECTED)) {
            query(
                            "SELECT e.note, COUNT(e) FROM RequestEvent e JOIN e.request r WHERE e.toState = :state"
                                    + " AND e.note IS NOT NULL AND e.occurredAt >= :start AND e.occurredAt < :end"
                                    + orgJpql(organisation) + " GROUP BY e.note ORDER BY COUNT(e) DESC, e.note",
                            start,
                            end,
                            organisation)
                    .setParameter("state", ending)
                    .setMaxResults(REASONS)
                    .getResultList()
                    .forEach(row -> reasons.add(new Reason(ending, (String) row[0], count(row[1]))));
        }
        Double hoursToProposal = average(
                "SELECT AVG(TIMESTAMPDIFF(SECOND, r.created_at, p.first_at)) FROM quote_request r"
                        + " JOIN (SELECT request_id, MIN(proposed_at) AS first_at FROM request_assignment"
                        + " GROUP BY request_id) p ON p.request_id = r.id"
                        + " WHERE r.created_at >= ?1 AND r.created_at < ?2" + orgSql(organisation),
                start,
                end,
                organisation,
                3600);
        Double hoursToAssignment = average(
                "SELECT AVG(TIMESTAMPDIFF(SECOND, r.created_at, p.first_at)) FROM quote_request r"
                        + " JOIN (SELECT request_id, MIN(answered_at) AS first_at FROM request_assignment"
                        + " WHERE state = 'ACCEPTED' GROUP BY request_id) p ON p.request_id = r.id"
                        + " WHERE r.created_at >= ?1 AND r.created_at < ?2" + orgSql(organisation),
                start,
                end,
                organisation,
                3600);
        Double daysToJob = average(
                "SELECT AVG(TIMESTAMPDIFF(SECOND, r.created_at, r.closed_at)) FROM quote_request r"
                        + " WHERE r.state = 'COMPLETED' AND r.closed_at >= ?1 AND r.closed_at < ?2"
                        + orgSql(organisation),
                start,
                end,
                organisation,
                86_400);
        Map<QuoteState, Long> quotes = new EnumMap<>(QuoteState.class);
        grouped("q.state", "Quote q JOIN q.request r", "q.sentAt", start, end, organisation)
                .forEach(row -> quotes.put((QuoteState) row[0], count(row[1])));
        Object[] jobs = query(
                        "SELECT COUNT(r), SUM(r.workedHours) FROM QuoteRequest r WHERE r.state = :completed"
                                + " AND r.closedAt >= :start AND r.closedAt < :end" + orgJpql(organisation),
                        start,
                        end,
                        organisation)
                .setParameter("completed", RequestState.COMPLETED)
                .getSingleResult();
        Object[] value = query(
                        "SELECT SUM(q.net), SUM(q.iva), SUM(q.total) FROM Quote q JOIN q.request r"
                                + " WHERE q.state = :accepted AND r.state = :completed"
                                + " AND r.closedAt >= :start AND r.closedAt < :end" + orgJpql(organisation),
                        start,
                        end,
                        organisation)
                .setParameter("accepted", QuoteState.ACCEPTED)
                .setParameter("completed", RequestState.COMPLETED)
                .getSingleResult();
        return new Demand(
                byChannel.values().stream().mapToLong(Long::longValue).sum(),
                byChannel,
                bySubcategory,
                byComune,
                byMonth,
                endings,
                reasons,
                hoursToProposal,
                hoursToAssignment,
                daysToJob,
                quotes,
                count(jobs[0]),
                amount(jobs[1], 1),
                amount(value[0], 2),
                amount(value[1], 2),
                amount(value[2], 2));
    }

    public Work work(LocalDate from, LocalDate to, String organisation) {
        Instant start = start(from);
        Instant end = end(to);
        List<WorkerJobs> perWorker = new ArrayList<>();
        query(
                        "SELECT a.workerId, r.workerKind, COUNT(r), SUM(r.workedHours) FROM Assignment a JOIN a.request r"
                                + " WHERE a.state = :accepted AND r.state = :completed"
                                + " AND r.closedAt >= :start AND r.closedAt < :end" + orgJpql(organisation)
                                + " GROUP BY a.workerId, r.workerKind ORDER BY a.workerId",
                        start,
                        end,
                        organisation)
                .setParameter("accepted", AssignmentState.ACCEPTED)
                .setParameter("completed", RequestState.COMPLETED)
                .getResultList()
                .forEach(row -> perWorker.add(
                        new WorkerJobs((Long) row[0], (WorkerKind) row[1], count(row[2]), amount(row[3], 1))));
        Map<AssignmentState, Long> proposals = new EnumMap<>(AssignmentState.class);
        grouped("a.state", "Assignment a JOIN a.request r", "a.proposedAt", start, end, organisation)
                .forEach(row -> proposals.put((AssignmentState) row[0], count(row[1])));
        return new Work(List.copyOf(perWorker), proposals);
    }

    /** The people served: distinct clients (by email, or phone without one) of the jobs completed in the period. */
    public long peopleServed(LocalDate from, LocalDate to, String organisation) {
        Object[] row = query(
                        "SELECT COUNT(DISTINCT COALESCE(r.clientEmail, r.clientPhone)), COUNT(r) FROM QuoteRequest r"
                                + " WHERE r.state = :completed AND r.closedAt >= :start AND r.closedAt < :end"
                                + orgJpql(organisation),
                        start(from),
                        end(to),
                        organisation)
                .setParameter("completed", RequestState.COMPLETED)
                .getSingleResult();
        return count(row[0]);
    }

    private List<Object[]> grouped(
            String key, String from, String when, Instant start, Instant end, String organisation) {
        return query(
                        "SELECT " + key + ", COUNT(" + key.substring(0, 1) + ") FROM " + from + " WHERE " + when
                                + " >= :start AND " + when + " < :end" + orgJpql(organisation) + " GROUP BY " + key,
                        start,
                        end,
                        organisation)
                .getResultList();
    }

    private TypedQuery<Object[]> query(String jpql, Instant start, Instant end, String organisation) {
        return PeriodQuery.rows(em, jpql, "start", start, "end", end, organisation);
    }

    @SuppressWarnings("unchecked")
    private List<Object> nativeRows(String sql, Instant start, Instant end, String organisation) {
        return nativeQuery(sql, start, end, organisation).getResultList();
    }

    private Double average(String sql, Instant start, Instant end, String organisation, double unit) {
        Object avg = nativeQuery(sql, start, end, organisation).getSingleResult();
        return avg == null ? null : ((Number) avg).doubleValue() / unit;
    }

    private Query nativeQuery(String sql, Instant start, Instant end, String organisation) {
        Query q =
                em.createNativeQuery(sql).setParameter(1, Timestamp.from(start)).setParameter(2, Timestamp.from(end));
        if (organisation != null) {
            q.setParameter(3, organisation);
        }
        return q;
    }

    private static String orgJpql(String organisation) {
        return organisation == null ? "" : " AND r.organisationCode = :org";
    }

    private static String orgSql(String organisation) {
        return organisation == null ? "" : " AND r.organisation_code = ?3";
    }

    static Instant start(LocalDate from) {
        return from.atStartOfDay(Transitions.ITALY).toInstant();
    }

    static Instant end(LocalDate to) {
        return to.plusDays(1).atStartOfDay(Transitions.ITALY).toInstant();
    }
}
