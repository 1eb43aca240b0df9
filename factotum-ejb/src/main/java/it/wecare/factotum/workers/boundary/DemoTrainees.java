package it.wecare.factotum.workers.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's workers who are or were trainees, for the traineeships' own demo data (fired in the demo's
 * transaction, after the workers exist).
 *
 * @param current the trainees today, with the period and the tutor their marker holds
 * @param former workers who did a traineeship before (or whose project is still a draft): no marker
 * @param artisans the artisans who can tutor
 * @param educatorId the demo's educator account, or null
 * @param joinedTeamId the team the first former trainee joined at the end, or null
 */
public record DemoTrainees(
        List<Trainee> current, List<Long> former, List<Long> artisans, Long educatorId, Long joinedTeamId)
        implements Serializable {

    public DemoTrainees {
        current = List.copyOf(current);
        former = List.copyOf(former);
        artisans = List.copyOf(artisans);
    }

    /** A trainee of the demo and what their marker says. */
    public record Trainee(long workerId, long tutorId, LocalDate from, LocalDate to) implements Serializable {}
}
