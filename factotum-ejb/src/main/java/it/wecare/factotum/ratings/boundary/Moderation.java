package it.wecare.factotum.ratings.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.ratings.control.Policy;
import it.wecare.factotum.ratings.entity.ModerationWord;
import it.wecare.factotum.ratings.entity.Review;
import it.wecare.factotum.requests.boundary.JobFacts;
import it.wecare.factotum.requests.boundary.RequestScope;
import it.wecare.factotum.workers.boundary.WorkerChanged;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Moderation of reviews: the queue of reviews held for a look, publishing or hiding one (with the policy
 * it broke), and the words that hold a review for moderation.
 */
@Stateless
public class Moderation {

    @PersistenceContext
    EntityManager em;

    @Inject
    JobFacts facts;

    @Inject
    ReviewRecords records;

    @Inject
    RequestScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Event<ReviewPublished> published;

    @Inject
    Event<ReviewHidden> hidden;

    /** A worker's reviews changed: search ranks them again. */
    @Inject
    Event<WorkerChanged> workerChanged;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /**
     * The reviews for the moderation page: those held for an operator first, then the latest others.
     *
     * @param limit how many of the latest published or hidden ones
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public List<ReviewView> forModeration(int limit) {
        boolean educator = session.isCallerInRole(Role.EDUCATOR_NAME);
        Optional<Set<Long>> readable = scope.requests();
        if (readable.isPresent() && readable.get().isEmpty()) {
            return List.of();
        }
        String within = readable.isPresent() ? " AND r.requestId IN :readable" : "";
        List<ReviewView> all = new ArrayList<>();
        var held = em.createQuery(
                        "SELECT r FROM Review r WHERE r.state = :held" + within + " ORDER BY r.createdAt", Review.class)
                .setParameter("held", Review.State.HELD);
        var latest = em.createQuery(
                        "SELECT r FROM Review r WHERE r.state <> :held" + within
                                + " ORDER BY r.createdAt DESC, r.id DESC",
                        Review.class)
                .setParameter("held", Review.State.HELD)
                .setMaxResults(limit);
        readable.ifPresent(ids -> {
            held.setParameter("readable", ids);
            latest.setParameter("readable", ids);
        });
        held.getResultList().forEach(r -> all.add(records.view(r, educator)));
        latest.getResultList().forEach(r -> all.add(records.view(r, educator)));
        return all;
    }

    /** An operator publishes a held review (the automatic checks were wrong). */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public ReviewView publish(long reviewId, long version) {
        Review review = seen(reviewId, version);
        try {
            review.publish(Callers.name(session), clock.instant());
        } catch (IllegalStateException e) {
            throw new InvalidInput("action", "review.error.notHeld");
        }
        records.flush(reviewId);
        audit.record("REVIEW_PUBLISHED", Reviews.RECORD_TYPE, reviewId, "held for " + review.getHeldFor());
        workerChanged.fire(new WorkerChanged(review.getWorkerId()));
        JobFacts.Done job = facts.done(review.getRequestId());
        published.fire(new ReviewPublished(
                reviewId,
                review.getRequestId(),
                job.number(),
                review.getWorkerId(),
                review.getStars(),
                records.serviceName(review.getSubcategoryCode(), "it")));
        return records.view(review, false);
    }

    /**
     * An operator hides a review, only for a policy reason (recorded in the audit log); the text stays as
     * it was.
     *
     * @throws InvalidInput naming {@code reason} without a policy reason
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public ReviewView hide(long reviewId, long version, Policy reason, String note) {
        if (reason == null) {
            throw new InvalidInput("reason", "review.error.reasonRequired");
        }
        if (note != null && note.strip().length() > 1000) {
            throw new InvalidInput("note", "review.error.noteTooLong");
        }
        Review review = seen(reviewId, version);
        boolean wasPublished = review.getState() == Review.State.PUBLISHED;
        try {
            review.hide(reason, note, Callers.name(session), clock.instant());
        } catch (IllegalStateException e) {
            throw new InvalidInput("action", "review.error.hidden");
        }
        records.flush(reviewId);
        audit.record(
                "REVIEW_HIDDEN",
                Reviews.RECORD_TYPE,
                reviewId,
                reason + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        hidden.fire(new ReviewHidden(
                reviewId,
                review.getRequestId(),
                facts.done(review.getRequestId()).number(),
                reason.name(),
                review.getHiddenNote(),
                Callers.name(session)));
        return records.view(review, false);
    }

    /** The moderation word list, sorted. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public List<String> wordList() {
        return em.createQuery("SELECT w.word FROM ModerationWord w ORDER BY w.word", String.class)
                .getResultList();
    }

    /**
     * Adds a word to the moderation list (kept folded).
     *
     * @throws InvalidInput naming {@code word} when empty, too long or already there
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public void addWord(String word) {
        ModerationWord added;
        try {
            added = new ModerationWord(word, Callers.name(session), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("word", "review.error.word");
        }
        if (em.find(ModerationWord.class, added.getWord()) != null) {
            throw new InvalidInput("word", "review.error.wordExists");
        }
        em.persist(added);
        audit.record("MODERATION_WORD_ADDED", "ModerationWord", added.getWord(), "");
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public void removeWord(String word) {
        ModerationWord found = em.find(ModerationWord.class, word);
        if (found != null) {
            em.remove(found);
            audit.record("MODERATION_WORD_REMOVED", "ModerationWord", word, "");
        }
    }

    private Review seen(long reviewId, long version) {
        Review review = em.find(Review.class, reviewId);
        if (review == null) {
            throw new RecordNotFound(Reviews.RECORD_TYPE, reviewId);
        }
        if (review.getVersion() != version) {
            throw new ConflictingChange(ConflictingChange.STALE, "review " + reviewId + " changed meanwhile");
        }
        return review;
    }
}
