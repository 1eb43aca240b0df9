package it.wecare.factotum.matching.control;

import it.wecare.factotum.api.workers.WorkerKind;
import java.io.Serializable;
import java.util.Set;

/**
 * What the request asks of a worker.
 *
 * @param place where the job is
 * @param preferredKind the kind the client asked for, or null for anyone
 * @param askedBefore workers who already declined this job, let it lapse or gave it back
 */
public record Need(Place place, WorkerKind preferredKind, Set<Long> askedBefore) implements Serializable {

    public Need {
        askedBefore = askedBefore == null ? Set.of() : Set.copyOf(askedBefore);
    }

    public Need(Place place, WorkerKind preferredKind) {
        this(place, preferredKind, Set.of());
    }
}
