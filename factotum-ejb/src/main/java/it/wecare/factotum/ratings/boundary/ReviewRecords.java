package it.wecare.factotum.ratings.boundary;

import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.ratings.entity.Review;
import it.wecare.factotum.requests.boundary.JobFacts;
import it.wecare.factotum.workers.boundary.WorkerContact;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What the reviews' boundaries share: a review as pages show it, a service's name, a save that notices a concurrent change. */
@Dependent
class ReviewRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    JobFacts facts;

    @Inject
    WorkerDirectory directory;

    @Inject
    Catalog catalog;

    ReviewView view(Review r, boolean educator) {
        JobFacts.Done job = facts.done(r.getRequestId());
        String worker = directory.contacts(List.of(r.getWorkerId())).values().stream()
                .findFirst()
                .map(WorkerContact::name)
                .orElse("#" + r.getWorkerId());
        return new ReviewView(
                r.getId(),
                r.getRequestId(),
                job.number(),
                r.getWorkerId(),
                worker,
                r.getTeamName(),
                serviceName(r.getSubcategoryCode(), "it"),
                r.getJobMonth(),
                r.getStars(),
                r.getPunctuality(),
                r.getQuality(),
                r.getCourtesy(),
                r.getComment(),
                r.getAuthorName(),
                r.getChannel(),
                r.getState(),
                r.getHeldFor(),
                r.getHiddenReason(),
                r.getHiddenNote(),
                r.getModeratedBy() == null ? r.getRecordedBy() : r.getModeratedBy(),
                educator ? r.getEducatorNote() : null,
                r.getReply(),
                r.getRepliedAt(),
                r.getCreatedAt(),
                r.getVersion());
    }

    String serviceName(String code, String language) {
        return catalog.subcategoryNames("en".equals(language) ? "en" : "it").getOrDefault(code, code);
    }

    void flush(long reviewId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictingChange(ConflictingChange.STALE, "review " + reviewId + " changed meanwhile");
        }
    }
}
