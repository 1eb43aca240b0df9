package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.workers.WorkerKind;
import java.io.Serializable;
import java.util.List;

/** An active team: its lead and the active members who go with the lead. */
public record TeamView(long id, String name, long leadId, List<Mate> mates) implements Serializable {

    public TeamView {
        mates = List.copyOf(mates);
    }

    /** A member of the team; {@code trainee} when in a traineeship today. */
    public record Mate(long id, String name, WorkerKind kind, boolean trainee) implements Serializable {}
}
