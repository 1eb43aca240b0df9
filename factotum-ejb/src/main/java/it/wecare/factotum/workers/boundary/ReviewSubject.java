package it.wecare.factotum.workers.boundary;

import java.io.Serializable;

/**
 * Whose page shows the review of a job: the worker who did it, or — when that worker was a trainee on the
 * job's day — their tutor, with the name of the team they work in (never the trainee).
 *
 * @param teamName the team's name for a trainee's job (null when the tutor leads no team with the trainee)
 * @param traineeTookPart whether a trainee did the job (the client may leave a note for the educator)
 */
public record ReviewSubject(long workerId, String name, String teamName, boolean traineeTookPart)
        implements Serializable {}
