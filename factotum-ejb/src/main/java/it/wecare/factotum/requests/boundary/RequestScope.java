package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.workers.boundary.Trainees;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;

/**
 * Which requests the caller may read. Administrators and operators read all of them; an educator reads the
 * requests their trainees were proposed for or worked on, and any other one is "not found" (a refusal
 * that would confirm it exists is not given).
 */
@Stateless
public class RequestScope {

    static final String REQUEST = Transitions.RECORD_TYPE;

    @PersistenceContext
    EntityManager em;

    @Inject
    Trainees trainees;

    /** The ids of the workers whose work the caller follows, or empty when the caller reads all work. */
    @PermitAll
    public Optional<Set<Long>> workers() {
        return trainees.followedByCaller();
    }

    /** The ids of the requests the caller may read, or empty when the caller reads every request. */
    @PermitAll
    public Optional<Set<Long>> requests() {
        return workers().map(this::requestsOf);
    }

    /** Whether the caller may read request {@code requestId}. */
    @PermitAll
    public boolean allows(long requestId) {
        return workers().map(w -> !w.isEmpty() && worked(requestId, w)).orElse(true);
    }

    /**
     * Refuses a request the caller may not read.
     * @throws RecordNotFound for a request outside the caller's scope, as for one that does not exist
     */
    @PermitAll
    public void check(long requestId) {
        if (!allows(requestId)) {
            throw new RecordNotFound(REQUEST, requestId);
        }
    }

    private Set<Long> requestsOf(Set<Long> workers) {
        if (workers.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery(
                        "SELECT DISTINCT a.request.id FROM Assignment a WHERE a.workerId IN :workers", Long.class)
                .setParameter("workers", workers)
                .getResultList());
    }

    private boolean worked(long requestId, Set<Long> workers) {
        return em.createQuery(
                                "SELECT COUNT(a) FROM Assignment a WHERE a.request.id = :request"
                                        + " AND a.workerId IN :workers",
                                Long.class)
                        .setParameter("request", requestId)
                        .setParameter("workers", workers)
                        .getSingleResult()
                > 0;
    }
}
