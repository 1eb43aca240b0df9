package it.wecare.factotum.barter.boundary;

import static it.wecare.factotum.platform.control.Figures.count;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.barter.control.Destination;
import it.wecare.factotum.barter.control.Ledger;
import it.wecare.factotum.barter.entity.CreditMovement;
import it.wecare.factotum.barter.entity.GoodsCategory;
import it.wecare.factotum.platform.boundary.PeriodQuery;
import it.wecare.factotum.platform.control.Figures;
import it.wecare.factotum.requests.boundary.RequestChanged;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The goods' figures for the impact report, by grouped queries: the items offered in a period (days in Italy,
 * both included), what was collected and where it went, the CO2e its reuse avoided, and the credit the ledger
 * moved. Goods follow the organisation of the worker who held their request; the credit is the network's one
 * ledger, so its figures are the network's whatever the organisation.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
public class GoodsFigures {

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    @PersistenceContext
    EntityManager em;

    /** Items offered in the period in one goods category, by what the operators decided. */
    public record Offered(String categoryCode, long items, long accepted, long refused) implements Serializable {

        public long pending() {
            return items - accepted - refused;
        }
    }

    /** What was collected in the period in one goods category and sent to one destination. */
    public record Collected(
            String categoryCode, Destination destination, long items, BigDecimal kg, BigDecimal value, BigDecimal co2e)
            implements Serializable {}

    /** The CO2e factor of a goods category (null when none is trusted), and its source. */
    public record Factor(String categoryCode, String name, BigDecimal co2ePerKg, String source)
            implements Serializable {}

    /**
     * The credit the ledger moved in the period, and what it held at its end.
     *
     * @param issued given to clients for goods accepted
     * @param applied taken from clients' credit for jobs
     * @param returned given back to clients when a job was cancelled or its quote declined
     * @param outstanding left on clients' accounts at the end of the period
     * @param onJobs held by jobs at the end of the period
     */
    public record CreditFlow(
            BigDecimal issued, BigDecimal applied, BigDecimal returned, BigDecimal outstanding, BigDecimal onJobs)
            implements Serializable {

        /** Credit used for jobs, net of what was given back. */
        public BigDecimal redeemed() {
            return applied.subtract(returned);
        }
    }

    /** The goods of a period. */
    public record Goods(List<Offered> offered, List<Collected> collected, List<Factor> factors, CreditFlow credit)
            implements Serializable {

        public BigDecimal kg(Destination destination) {
            return collected.stream()
                    .filter(c -> c.destination() == destination)
                    .map(Collected::kg)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        public BigDecimal co2e() {
            return collected.stream().map(Collected::co2e).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    public Goods goods(LocalDate from, LocalDate to, String organisation) {
        Instant start = from.atStartOfDay(ITALY).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ITALY).toInstant();
        String org = organisation == null ? "" : " AND o.organisationCode = :org";
        List<Offered> offered = new ArrayList<>();
        query(
                        "SELECT i.categoryCode, COUNT(i), SUM(CASE WHEN i.finalValue IS NOT NULL THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN i.valuedAt IS NOT NULL AND i.finalValue IS NULL THEN 1 ELSE 0 END)"
                                + " FROM GoodsItem i JOIN i.offer o WHERE o.offeredAt >= :start AND o.offeredAt < :end"
                                + org + " GROUP BY i.categoryCode ORDER BY i.categoryCode",
                        start,
                        end,
                        organisation)
                .getResultList()
                .forEach(row -> offered.add(new Offered((String) row[0], count(row[1]), count(row[2]), count(row[3]))));
        List<Factor> factors = em
                .createQuery("SELECT c FROM GoodsCategory c ORDER BY c.sortOrder", GoodsCategory.class)
                .getResultList()
                .stream()
                .map(c -> new Factor(c.getCode(), c.name("it"), c.getCo2ePerKg(), c.getCo2eSource()))
                .toList();
        List<Collected> collected = new ArrayList<>();
        query(
                        "SELECT i.categoryCode, i.destination, COUNT(i), SUM(i.measuredKg), SUM(i.finalValue)"
                                + " FROM GoodsItem i JOIN i.offer o WHERE i.collectedAt >= :start AND i.collectedAt < :end"
                                + org
                                + " GROUP BY i.categoryCode, i.destination ORDER BY i.categoryCode, i.destination",
                        start,
                        end,
                        organisation)
                .getResultList()
                .forEach(row -> {
                    String category = (String) row[0];
                    Destination destination = (Destination) row[1];
                    BigDecimal kg = amount(row[3]);
                    BigDecimal factor = destination.reused()
                            ? factors.stream()
                                    .filter(f -> f.categoryCode().equals(category))
                                    .map(Factor::co2ePerKg)
                                    .filter(Objects::nonNull)
                                    .findFirst()
                                    .orElse(BigDecimal.ZERO)
                            : BigDecimal.ZERO;
                    collected.add(new Collected(
                            category,
                            destination,
                            count(row[2]),
                            kg,
                            amount(row[4]),
                            kg.multiply(factor).setScale(2, RoundingMode.HALF_UP)));
                });
        return new Goods(List.copyOf(offered), List.copyOf(collected), factors, credit(start, end));
    }

    private CreditFlow credit(Instant start, Instant end) {
        return new CreditFlow(
                moved(CreditMovement.Reason.GOODS_ACCEPTED, Ledger.Kind.CLIENT, start, end),
                moved(CreditMovement.Reason.APPLIED, Ledger.Kind.JOB, start, end),
                moved(CreditMovement.Reason.RETURNED, Ledger.Kind.CLIENT, start, end),
                heldAt(Ledger.Kind.CLIENT, end),
                heldAt(Ledger.Kind.JOB, end));
    }

    private BigDecimal moved(CreditMovement.Reason reason, Ledger.Kind into, Instant start, Instant end) {
        return amount(em.createQuery(
                        "SELECT SUM(m.amount) FROM CreditMovement m WHERE m.reason = :reason AND m.account.kind = :kind"
                                + " AND m.occurredAt >= :start AND m.occurredAt < :end",
                        BigDecimal.class)
                .setParameter("reason", reason)
                .setParameter("kind", into)
                .setParameter("start", start)
                .setParameter("end", end)
                .getSingleResult());
    }

    private BigDecimal heldAt(Ledger.Kind kind, Instant end) {
        return amount(em.createQuery(
                        "SELECT SUM(m.amount) FROM CreditMovement m WHERE m.account.kind = :kind AND m.occurredAt < :end",
                        BigDecimal.class)
                .setParameter("kind", kind)
                .setParameter("end", end)
                .getSingleResult());
    }

    /**
     * The goods of a request follow the organisation of the worker who holds it, as the request does (the
     * offer maps the column read-only: only these figures read it, and a plain update keeps the offer's version).
     */
    @PermitAll
    public void followTheJob(@Observes RequestChanged change) {
        (change.organisationCode() == null
                        ? em.createNativeQuery("UPDATE goods_offer SET organisation_code = NULL WHERE request_id = ?1")
                        : em.createNativeQuery("UPDATE goods_offer SET organisation_code = ?2 WHERE request_id = ?1")
                                .setParameter(2, change.organisationCode()))
                .setParameter(1, change.requestId())
                .executeUpdate();
    }

    private TypedQuery<Object[]> query(String jpql, Instant start, Instant end, String organisation) {
        return PeriodQuery.rows(em, jpql, "start", start, "end", end, organisation);
    }

    private static BigDecimal amount(Object value) {
        return Figures.amount(value, 2);
    }
}
