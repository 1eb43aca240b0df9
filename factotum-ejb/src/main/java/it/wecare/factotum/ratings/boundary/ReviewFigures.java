package it.wecare.factotum.ratings.boundary;

import static it.wecare.factotum.platform.control.Figures.average;
import static it.wecare.factotum.platform.control.Figures.count;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.PeriodQuery;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.ratings.control.Policy;
import it.wecare.factotum.ratings.control.Stars;
import it.wecare.factotum.ratings.entity.Review;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reviews' figures for the impact report: the reviews given in a period (days in Italy, both included),
 * for one partner organisation when given, computed by grouped queries.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
public class ReviewFigures {

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    /**
     * Quality.
     *
     * @param given reviews given in the period, whatever became of them
     * @param published, held, hidden how many are published, held for a check, hidden
     * @param hiddenByReason the hidden ones by the policy reason
     * @param published the star figures of the published ones (the Bayesian figure is the mean of each
     *     worker's Bayesian average, with the matching's prior of {@code priorCount} reviews at the period's
     *     plain average)
     * @param punctuality, quality, courtesy the average sub-scores of the published ones that gave them
     * @param replies published reviews the cooperative answered
     * @param byPhone reviews an operator recorded from a phone call
     */
    public record Quality(
            long given,
            long publishedCount,
            long held,
            long hidden,
            Map<Policy, Long> hiddenByReason,
            Stars.Summary published,
            double bayesian,
            int priorCount,
            Double punctuality,
            Double quality,
            Double courtesy,
            long replies,
            long byPhone)
            implements Serializable {}

    public Quality quality(LocalDate from, LocalDate to, String organisation) {
        Instant start = from.atStartOfDay(ITALY).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ITALY).toInstant();
        Map<Review.State, Long> byState = new EnumMap<>(Review.State.class);
        query(
                        "SELECT r.state, COUNT(r) FROM Review r WHERE" + period(organisation) + " GROUP BY r.state",
                        start,
                        end,
                        organisation)
                .getResultList()
                .forEach(row -> byState.put((Review.State) row[0], count(row[1])));
        Map<Policy, Long> hidden = new EnumMap<>(Policy.class);
        query(
                        "SELECT r.hiddenReason, COUNT(r) FROM Review r WHERE r.state = :hidden AND"
                                + period(organisation) + " GROUP BY r.hiddenReason",
                        start,
                        end,
                        organisation)
                .setParameter("hidden", Review.State.HIDDEN)
                .getResultList()
                .stream()
                .filter(row -> row[0] != null)
                .forEach(row -> hidden.put((Policy) row[0], count(row[1])));
        long[] distribution = new long[5];
        query(
                        "SELECT r.stars, COUNT(r) FROM Review r WHERE r.state = :published AND" + period(organisation)
                                + " GROUP BY r.stars",
                        start,
                        end,
                        organisation)
                .setParameter("published", Review.State.PUBLISHED)
                .getResultList()
                .forEach(row -> distribution[((Number) row[0]).intValue() - 1] = count(row[1]));
        int prior = settings.intValue(Setting.MATCHING_RATING_PRIOR);
        Stars.Summary published = Stars.Summary.of(distribution, 0, 0);
        List<Object[]> perWorker = query(
                        "SELECT r.workerId, COUNT(r), SUM(r.stars) FROM Review r WHERE r.state = :published AND"
                                + period(organisation) + " GROUP BY r.workerId",
                        start,
                        end,
                        organisation)
                .setParameter("published", Review.State.PUBLISHED)
                .getResultList();
        double bayesian = perWorker.stream()
                .mapToDouble(row -> Stars.bayesian(
                        count(row[1]), (double) count(row[2]) / count(row[1]), prior, published.average()))
                .average()
                .orElse(0);
        Object[] scores = query(
                        "SELECT AVG(r.punctuality), AVG(r.quality), AVG(r.courtesy),"
                                + " SUM(CASE WHEN r.reply IS NOT NULL THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN r.channel = :phone THEN 1 ELSE 0 END) FROM Review r"
                                + " WHERE r.state = :published AND" + period(organisation),
                        start,
                        end,
                        organisation)
                .setParameter("published", Review.State.PUBLISHED)
                .setParameter("phone", Review.Channel.PHONE)
                .getSingleResult();
        return new Quality(
                byState.values().stream().mapToLong(Long::longValue).sum(),
                byState.getOrDefault(Review.State.PUBLISHED, 0L),
                byState.getOrDefault(Review.State.HELD, 0L),
                byState.getOrDefault(Review.State.HIDDEN, 0L),
                hidden,
                published,
                bayesian,
                prior,
                average(scores[0]),
                average(scores[1]),
                average(scores[2]),
                count(scores[3]),
                count(scores[4]));
    }

    private static String period(String organisation) {
        return " r.createdAt >= :start AND r.createdAt < :end"
                + (organisation == null ? "" : " AND r.organisationCode = :org");
    }

    private TypedQuery<Object[]> query(String jpql, Instant start, Instant end, String organisation) {
        return PeriodQuery.rows(em, jpql, "start", start, "end", end, organisation);
    }
}
