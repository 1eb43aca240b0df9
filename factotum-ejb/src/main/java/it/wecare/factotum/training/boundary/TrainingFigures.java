package it.wecare.factotum.training.boundary;

import static it.wecare.factotum.platform.control.Figures.count;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.training.LicenceStep;
import it.wecare.factotum.api.training.TraineeshipOutcome;
import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.api.training.TrainingActivity;
import it.wecare.factotum.platform.boundary.PeriodQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The traineeships' figures for the impact report: aggregates only, never a person, for the roles that may
 * read the training section. Each count is of people (one traineeship is one person's), so the report can
 * hide any cell below its threshold; hours come with the number of people behind them for the same reason.
 * The organisation is the promoter that referred the trainee.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class TrainingFigures {

    @PersistenceContext
    EntityManager em;

    /** Hours of one kind of activity in the period, and how many trainees did them. */
    public record Hours(BigDecimal hours, long people) implements Serializable {}

    /**
     * The social figures of a period (days, both included).
     *
     * @param started traineeships that started (not drafts)
     * @param underWay traineeships running at some point of the period
     * @param completed ended as completed in the period
     * @param interrupted ended as interrupted in the period
     * @param hours register hours in the period by activity (JOB: jobs done with the tutor)
     * @param objectives objectives of the traineeships assessed in the period
     * @param objectivesReached of those, reached at their target level or above
     * @param assessedPeople trainees assessed in the period (the people behind the objectives)
     * @param licences driving exams passed in the period
     * @param outcomes outcomes at the final assessment of the traineeships assessed in the period
     * @param followUps6, followUps12 the situation found by the follow-ups done in the period, 6 and 12
     *     months after the end
     * @param joinedTeams trainees assessed in the period who joined an operative team
     */
    public record Social(
            long started,
            long underWay,
            long completed,
            long interrupted,
            Map<TrainingActivity, Hours> hours,
            long objectives,
            long objectivesReached,
            long assessedPeople,
            long licences,
            Map<TraineeshipOutcome, Long> outcomes,
            Map<TraineeshipOutcome, Long> followUps6,
            Map<TraineeshipOutcome, Long> followUps12,
            long joinedTeams)
            implements Serializable {}

    public Social social(LocalDate from, LocalDate to, String organisation) {
        String org = organisation == null ? "" : " AND t.promoterCode = :org";
        long started = single(
                "SELECT COUNT(t) FROM Traineeship t WHERE t.state <> :draft AND t.startsOn BETWEEN :from AND :to" + org,
                from,
                to,
                organisation);
        long underWay = single(
                "SELECT COUNT(t) FROM Traineeship t WHERE t.state <> :draft AND t.startsOn <= :to"
                        + " AND (t.endedOn IS NULL OR t.endedOn >= :from)" + org,
                from,
                to,
                organisation);
        long completed = ended(TraineeshipState.COMPLETED, from, to, organisation);
        long interrupted = ended(TraineeshipState.INTERRUPTED, from, to, organisation);
        Map<TrainingActivity, Hours> hours = new EnumMap<>(TrainingActivity.class);
        query(
                        "SELECT h.activity, SUM(h.hours), COUNT(DISTINCT h.traineeshipId) FROM TrainingHours h, Traineeship t"
                                + " WHERE t.id = h.traineeshipId AND h.day BETWEEN :from AND :to" + org
                                + " GROUP BY h.activity",
                        from,
                        to,
                        organisation)
                .getResultList()
                .forEach(row -> hours.put(
                        (TrainingActivity) row[0],
                        new Hours(new BigDecimal(row[1].toString()).setScale(1, RoundingMode.HALF_UP), count(row[2]))));
        Object[] objectives = query(
                        "SELECT COUNT(o), SUM(CASE WHEN o.reachedLevel >= o.targetLevel THEN 1 ELSE 0 END),"
                                + " COUNT(DISTINCT t.id) FROM TraineeshipObjective o JOIN o.traineeship t"
                                + " WHERE t.assessedOn BETWEEN :from AND :to" + org,
                        from,
                        to,
                        organisation)
                .getSingleResult();
        long licences = single(
                "SELECT COUNT(DISTINCT t.id) FROM LicenceStepRecord s JOIN s.traineeship t WHERE s.step = :exam"
                        + " AND s.passed = TRUE AND s.day BETWEEN :from AND :to" + org,
                from,
                to,
                organisation,
                "exam",
                LicenceStep.DRIVING_EXAM);
        Map<TraineeshipOutcome, Long> outcomes = new EnumMap<>(TraineeshipOutcome.class);
        query(
                        "SELECT t.outcome, COUNT(t) FROM Traineeship t WHERE t.assessedOn BETWEEN :from AND :to"
                                + " AND t.outcome IS NOT NULL" + org + " GROUP BY t.outcome",
                        from,
                        to,
                        organisation)
                .getResultList()
                .forEach(row -> outcomes.put((TraineeshipOutcome) row[0], count(row[1])));
        long joined = single(
                "SELECT COUNT(t) FROM Traineeship t WHERE t.assessedOn BETWEEN :from AND :to"
                        + " AND t.joinedTeamId IS NOT NULL" + org,
                from,
                to,
                organisation);
        return new Social(
                started,
                underWay,
                completed,
                interrupted,
                hours,
                count(objectives[0]),
                count(objectives[1]),
                count(objectives[2]),
                licences,
                outcomes,
                followUps(6, from, to, organisation),
                followUps(12, from, to, organisation),
                joined);
    }

    private Map<TraineeshipOutcome, Long> followUps(int months, LocalDate from, LocalDate to, String organisation) {
        Map<TraineeshipOutcome, Long> found = new EnumMap<>(TraineeshipOutcome.class);
        query(
                        "SELECT f.situation, COUNT(f) FROM TraineeshipFollowUp f JOIN f.traineeship t WHERE f.monthsAfter = "
                                + months + " AND f.situation IS NOT NULL AND f.doneOn BETWEEN :from AND :to"
                                + (organisation == null ? "" : " AND t.promoterCode = :org") + " GROUP BY f.situation",
                        from,
                        to,
                        organisation)
                .getResultList()
                .forEach(row -> found.put((TraineeshipOutcome) row[0], count(row[1])));
        return found;
    }

    private long ended(TraineeshipState state, LocalDate from, LocalDate to, String organisation) {
        return single(
                "SELECT COUNT(t) FROM Traineeship t WHERE t.state = :state AND t.endedOn BETWEEN :from AND :to"
                        + (organisation == null ? "" : " AND t.promoterCode = :org"),
                from,
                to,
                organisation,
                "state",
                state);
    }

    private long single(String jpql, LocalDate from, LocalDate to, String organisation) {
        return single(jpql, from, to, organisation, "draft", TraineeshipState.DRAFT);
    }

    private long single(String jpql, LocalDate from, LocalDate to, String organisation, String name, Object value) {
        TypedQuery<Long> q =
                em.createQuery(jpql, Long.class).setParameter("from", from).setParameter("to", to);
        if (jpql.contains(":" + name)) {
            q.setParameter(name, value);
        }
        if (organisation != null) {
            q.setParameter("org", organisation);
        }
        return q.getSingleResult();
    }

    private TypedQuery<Object[]> query(String jpql, LocalDate from, LocalDate to, String organisation) {
        return PeriodQuery.rows(em, jpql, "from", from, "to", to, organisation);
    }
}
