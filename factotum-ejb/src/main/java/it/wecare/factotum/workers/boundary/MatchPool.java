package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The workers who could do a job — active, with the skill, serving the place — and how many the first
 * three hard filters of matching left out.
 *
 * @param workers the workers who pass those filters, by id
 * @param inactive workers who take no jobs
 * @param withoutSkill active workers without the skill
 * @param outsideArea active workers with the skill who do not serve the comune or its province
 */
public record MatchPool(List<Member> workers, long inactive, long withoutSkill, long outsideArea)
        implements Serializable {

    public MatchPool {
        workers = List.copyOf(workers);
    }

    /**
     * One worker of the pool.
     *
     * @param homeComune where the worker lives (ISTAT code), or null
     * @param trainingFrom first day of the traineeship, or null for a worker who is not a trainee
     * @param trainingTo its last day
     * @param tutorId the trainee's tutor, or null
     * @param tutorName the tutor's name, or null
     */
    public record Member(
            long id,
            String name,
            WorkerKind kind,
            SkillLevel level,
            String homeComune,
            LocalDate trainingFrom,
            LocalDate trainingTo,
            Long tutorId,
            String tutorName)
            implements Serializable {

        /** Whether the worker is a trainee on {@code day}. */
        public boolean traineeOn(LocalDate day) {
            return trainingFrom != null
                    && !day.isBefore(trainingFrom)
                    && (trainingTo == null || !day.isAfter(trainingTo));
        }
    }
}
