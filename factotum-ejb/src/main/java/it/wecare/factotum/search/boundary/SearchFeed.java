package it.wecare.factotum.search.boundary;

import it.wecare.factotum.catalog.boundary.CatalogChanged;
import it.wecare.factotum.platform.boundary.ComuniChanged;
import it.wecare.factotum.search.entity.SearchChange;
import it.wecare.factotum.search.entity.SearchChange.Subject;
import it.wecare.factotum.workers.boundary.WorkerChanged;
import it.wecare.factotum.workers.boundary.WorkersImported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes every change search must follow into the feed, in the transaction of the change (so the feed
 * never tells of a change that was rolled back), and has this node's index apply it as soon as that
 * transaction commits. The other nodes read the feed within a second ({@link SearchIndex}).
 */
@ApplicationScoped
public class SearchFeed {

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchIndex index;

    Clock clock = Clock.systemUTC();

    void worker(@Observes(during = TransactionPhase.IN_PROGRESS) WorkerChanged change) {
        record(Subject.WORKER, Long.toString(change.workerId()));
    }

    void workers(@Observes(during = TransactionPhase.IN_PROGRESS) WorkersImported change) {
        record(Subject.WORKERS, Integer.toString(change.count()));
    }

    void catalog(@Observes(during = TransactionPhase.IN_PROGRESS) CatalogChanged change) {
        record(Subject.CATALOG, change.code());
    }

    void comuni(@Observes(during = TransactionPhase.IN_PROGRESS) ComuniChanged change) {
        record(Subject.COMUNI, change.istatCode());
    }

    void synonyms(@Observes(during = TransactionPhase.IN_PROGRESS) SynonymsChanged change) {
        record(Subject.SYNONYMS, change.id() == null ? null : change.id().toString());
    }

    void workerCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkerChanged change) {
        index.catchUp();
    }

    void workersCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkersImported change) {
        index.catchUp();
    }

    void catalogCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        index.catchUp();
    }

    void comuniCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComuniChanged change) {
        index.catchUp();
    }

    void synonymsCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SynonymsChanged change) {
        index.catchUp();
    }

    /** Forgets changes older than {@code before}: every node has long applied them. */
    @Transactional
    public int prune(Instant before) {
        return em.createQuery("DELETE FROM SearchChange c WHERE c.changedAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }

    private void record(Subject subject, String ref) {
        em.persist(new SearchChange(subject, ref, clock.instant()));
    }
}
