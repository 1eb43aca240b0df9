package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.api.training.TrainingActivity;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.requests.boundary.JobCompleted;
import it.wecare.factotum.training.entity.Traineeship;
import it.wecare.factotum.training.entity.TrainingHours;
import it.wecare.factotum.workers.boundary.TeamView;
import it.wecare.factotum.workers.boundary.Teams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A completed job enters its hours in the register of every trainee who did it: the worker who held the
 * job, or a member of the team that worker leads. It runs in the completion's transaction, so the hours
 * are there when the job is; within the register's day and week limits (the rest is noted, not lost).
 */
@ApplicationScoped
public class JobHours {

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingRules rules;

    @Inject
    Teams teams;

    @Inject
    AuditLog audit;

    void completed(@Observes JobCompleted job) {
        if (job.day() == null || job.hours() == null) {
            return;
        }
        Set<Long> people = new HashSet<>();
        people.add(job.workerId());
        for (TeamView team : teams.ledBy(List.of(job.workerId()))) {
            team.mates().forEach(m -> people.add(m.id()));
        }
        List<Traineeship> under = em.createQuery(
                        "SELECT t FROM Traineeship t WHERE t.workerId IN :people AND t.state = :active"
                                + " AND t.startsOn <= :day AND t.endsOn >= :day",
                        Traineeship.class)
                .setParameter("people", people)
                .setParameter("active", TraineeshipState.ACTIVE)
                .setParameter("day", job.day())
                .getResultList();
        for (Traineeship t : under) {
            enter(t, job);
        }
    }

    private void enter(Traineeship t, JobCompleted job) {
        Long already = em.createQuery(
                        "SELECT COUNT(h) FROM TrainingHours h WHERE h.traineeshipId = :id AND h.requestId = :request",
                        Long.class)
                .setParameter("id", t.getId())
                .setParameter("request", job.requestId())
                .getSingleResult();
        if (already > 0) {
            return;
        }
        var limits = rules.register();
        LocalDate monday = job.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        BigDecimal roomDay = BigDecimal.valueOf(limits.maxDay()).subtract(sum(t.getId(), job.day(), job.day()));
        BigDecimal roomWeek = BigDecimal.valueOf(limits.maxWeek()).subtract(sum(t.getId(), monday, monday.plusDays(6)));
        BigDecimal hours = halfHoursDown(job.hours().min(roomDay).min(roomWeek));
        if (hours.signum() <= 0) {
            audit.recordAs(
                    AuditLog.SYSTEM,
                    "TRAINEESHIP_HOURS_OVER_LIMIT",
                    TrainingScope.RECORD_TYPE,
                    t.getId(),
                    job.number() + " " + job.hours());
            return;
        }
        String note = job.number() + " · " + job.serviceName()
                + (hours.compareTo(job.hours()) < 0 ? " · " + job.hours() + " h → " + hours + " h (limit)" : "");
        em.persist(new TrainingHours(
                t.getId(),
                job.day(),
                hours,
                TrainingActivity.JOB,
                note,
                job.requestId(),
                AuditLog.SYSTEM,
                rules.now()));
        audit.recordAs(
                AuditLog.SYSTEM,
                "TRAINEESHIP_HOURS_FROM_JOB",
                TrainingScope.RECORD_TYPE,
                t.getId(),
                job.number() + " " + hours);
    }

    private static BigDecimal halfHoursDown(BigDecimal hours) {
        return hours.multiply(BigDecimal.valueOf(2))
                .setScale(0, RoundingMode.DOWN)
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }

    private BigDecimal sum(long id, LocalDate from, LocalDate to) {
        BigDecimal sum = em.createQuery(
                        "SELECT SUM(h.hours) FROM TrainingHours h WHERE h.traineeshipId = :id"
                                + " AND h.day >= :from AND h.day <= :to",
                        BigDecimal.class)
                .setParameter("id", id)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
