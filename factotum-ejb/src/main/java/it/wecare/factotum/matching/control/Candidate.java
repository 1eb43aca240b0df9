package it.wecare.factotum.matching.control;

import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import java.io.Serializable;

/**
 * What matching knows of one worker for one request, gathered by the boundary.
 *
 * @param workerId the worker
 * @param name the worker's name, for the explanation
 * @param kind volunteer, factotum or artisan
 * @param active whether the worker takes jobs at all
 * @param skill the worker's level in the request's service, or null without the skill
 * @param servesPlace whether the worker serves the request's comune (or its whole province)
 * @param home where the worker lives (for proximity), or null when unknown
 * @param freeDays how many days of the client's window the worker has neither days away nor another job
 * @param openJobs jobs the worker holds now (accepted, not yet done)
 * @param jobsLast30Days jobs the worker accepted in the last 30 days
 * @param ratings how many ratings the worker has
 * @param ratingAverage their average (1-5; ignored without ratings)
 * @param proposed jobs ever proposed to the worker
 * @param accepted of those, accepted
 * @param completed of the accepted ones, done
 * @param trainee whether the worker is a trainee in a traineeship
 * @param tutorName the trainee's tutor who can go too (null when none can)
 */
public record Candidate(
        long workerId,
        String name,
        WorkerKind kind,
        boolean active,
        SkillLevel skill,
        boolean servesPlace,
        Place home,
        int freeDays,
        int openJobs,
        int jobsLast30Days,
        int ratings,
        double ratingAverage,
        int proposed,
        int accepted,
        int completed,
        boolean trainee,
        String tutorName)
        implements Serializable {}
