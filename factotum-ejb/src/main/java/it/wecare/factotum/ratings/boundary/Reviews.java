package it.wecare.factotum.ratings.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.LinkPurpose;
import it.wecare.factotum.platform.control.LinkRefusal;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.ratings.control.Eligibility;
import it.wecare.factotum.ratings.control.Policy;
import it.wecare.factotum.ratings.control.ReviewCheck;
import it.wecare.factotum.ratings.control.Stars;
import it.wecare.factotum.ratings.entity.ModerationWord;
import it.wecare.factotum.ratings.entity.Review;
import it.wecare.factotum.requests.boundary.JobFacts;
import it.wecare.factotum.requests.boundary.RequestScope;
import it.wecare.factotum.workers.boundary.ReviewSubject;
import it.wecare.factotum.workers.boundary.WorkerChanged;
import it.wecare.factotum.workers.boundary.WorkerContact;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reviews of completed jobs: left once by the client from the emailed link (or recorded by an operator for
 * a client who phoned), checked automatically (held for an operator, or published at once), shown on the
 * worker's page with their figures, hidden only for a policy reason, replied to once by the worker.
 */
@Stateless
public class Reviews {

    static final String REQUEST = "QuoteRequest";
    static final String RECORD_TYPE = "Review";
    static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    /** A review of this many stars or fewer is told to the operators. */
    static final int LOW = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    ActionLinks links;

    @Inject
    JobFacts facts;

    @Inject
    RequestScope scope;

    @Inject
    Workers workers;

    @Inject
    Catalog catalog;

    @Inject
    Settings settings;

    @Inject
    MeanRating means;

    @Inject
    AuditLog audit;

    @Inject
    Event<ReviewPublished> published;

    @Inject
    Event<ReviewFlagged> flagged;

    @Inject
    Event<ReviewHidden> hidden;

    /** A worker's reviews changed: search ranks them again. */
    @Inject
    Event<WorkerChanged> workerChanged;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /**
     * The job the emailed link invites the client to review; a forged, expired or used link is refused
     * ({@link LinkRefused}). Opening it changes nothing.
     */
    @PermitAll
    public ReviewInvitation invitation(String token) {
        ActionLinks.State link = links.check(token);
        if (link.purpose() != LinkPurpose.REVIEW_JOB) {
            throw new LinkRefused(LinkRefusal.WRONG_PURPOSE);
        }
        long requestId = Long.parseLong(link.recordId());
        if (reviewOf(requestId) != null) {
            throw new LinkRefused(LinkRefusal.USED);
        }
        JobFacts.Done job = facts.done(requestId);
        ReviewSubject subject = workers.reviewSubject(job.workerId(), job.day());
        return new ReviewInvitation(
                job.number(),
                serviceName(job.subcategoryCode(), job.language()),
                subject.name(),
                subject.teamName(),
                job.day().withDayOfMonth(1),
                subject.traineeTookPart(),
                job.clientName(),
                job.language());
    }

    /**
     * The client's review from the emailed link: the link is used up, and the job gets its one review.
     *
     * @throws LinkRefused for a forged, expired or used link
     * @throws InvalidInput naming the field out of range
     */
    @PermitAll
    public ReviewView submit(String token, @NotNull @Valid ReviewDraft draft) {
        ActionLinks.State link = links.use(token, LinkPurpose.REVIEW_JOB);
        long requestId = Long.parseLong(link.recordId());
        if (reviewOf(requestId) != null) {
            throw new LinkRefused(LinkRefusal.USED);
        }
        return view(store(requestId, draft, null), false);
    }

    /**
     * An operator records the review a client gave by phone (marked as such), once per completed job.
     *
     * @throws InvalidInput naming {@code action} unless the job is completed and has no review yet
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public ReviewView recordByPhone(long requestId, @NotNull @Valid ReviewDraft draft) {
        if (reviewOf(requestId) != null) {
            throw new InvalidInput("action", "review.error.exists");
        }
        ReviewView stored = view(store(requestId, draft, actor()), true);
        links.revokeOpen(LinkPurpose.REVIEW_JOB, REQUEST, requestId);
        return stored;
    }

    private Review store(long requestId, ReviewDraft draft, String recordedBy) {
        JobFacts.Done job = facts.done(requestId);
        Eligibility.refusal(job.state(), job.workerId() != null, reviewOf(requestId) != null)
                .ifPresent(reason -> {
                    throw new InvalidInput("action", reason);
                });
        ReviewSubject subject = workers.reviewSubject(job.workerId(), job.day());
        Review.Given given;
        try {
            given = new Review.Given(
                    draft.stars(),
                    draft.punctuality(),
                    draft.quality(),
                    draft.courtesy(),
                    draft.comment(),
                    subject.traineeTookPart() ? draft.educatorNote() : null);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("stars", "review.error.range");
        }
        List<ReviewCheck.Hold> holds = ReviewCheck.holds(words(), given.comment(), given.educatorNote());
        Review review = new Review(
                requestId,
                subject.workerId(),
                subject.teamName(),
                job.subcategoryCode(),
                job.day(),
                given,
                initials(job.clientName()),
                recordedBy,
                holds.stream().map(Enum::name).toList(),
                clock.instant());
        em.persist(review);
        em.flush();
        if (review.getState() == Review.State.PUBLISHED) {
            workerChanged.fire(new WorkerChanged(review.getWorkerId()));
            published.fire(new ReviewPublished(
                    review.getId(),
                    requestId,
                    job.number(),
                    review.getWorkerId(),
                    review.getStars(),
                    serviceName(job.subcategoryCode(), "it")));
        }
        if (review.getState() == Review.State.HELD || review.getStars() <= LOW) {
            flagged.fire(new ReviewFlagged(
                    review.getId(),
                    requestId,
                    job.number(),
                    review.getStars(),
                    review.getHeldFor(),
                    review.getStars() <= LOW));
        }
        return review;
    }

    /** The published reviews of a worker, newest first, with their count, average and distribution. */
    @PermitAll
    public WorkerReviews ofWorker(long workerId, String language) {
        List<Review> found = em.createQuery(
                        "SELECT r FROM Review r WHERE r.workerId = :worker AND r.state = :published"
                                + " ORDER BY r.createdAt DESC, r.id DESC",
                        Review.class)
                .setParameter("worker", workerId)
                .setParameter("published", Review.State.PUBLISHED)
                .getResultList();
        long[] distribution = new long[5];
        found.forEach(r -> distribution[r.getStars() - 1]++);
        return new WorkerReviews(
                Stars.Summary.of(distribution, priorCount(), meanRating()),
                found.stream().map(r -> publicView(r, language)).toList());
    }

    /**
     * The figures of each worker's published reviews (workers without any are left out), for search and
     * matching.
     */
    @PermitAll
    public Map<Long, Stars.Summary> summaries(Collection<Long> workerIds) {
        List<Long> ids = List.copyOf(workerIds);
        List<Object[]> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            rows.addAll(em.createQuery(
                            "SELECT r.workerId, r.stars, COUNT(r) FROM Review r WHERE r.state = :published"
                                    + " AND r.workerId IN :ids GROUP BY r.workerId, r.stars",
                            Object[].class)
                    .setParameter("published", Review.State.PUBLISHED)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultList());
        }
        return summariesOf(rows);
    }

    /** The figures of every worker with published reviews (for the search index, built at once). */
    @PermitAll
    public Map<Long, Stars.Summary> allSummaries() {
        return summariesOf(em.createQuery(
                        "SELECT r.workerId, r.stars, COUNT(r) FROM Review r WHERE r.state = :published"
                                + " GROUP BY r.workerId, r.stars",
                        Object[].class)
                .setParameter("published", Review.State.PUBLISHED)
                .getResultList());
    }

    /** Rows of (worker, stars, how many) as each worker's figures. */
    private Map<Long, Stars.Summary> summariesOf(List<Object[]> rows) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], k -> new long[5])[((Number) row[1]).intValue() - 1] +=
                    ((Number) row[2]).longValue();
        }
        int prior = priorCount();
        double mean = meanRating();
        Map<Long, Stars.Summary> summaries = new HashMap<>();
        counts.forEach((worker, distribution) -> summaries.put(worker, Stars.Summary.of(distribution, prior, mean)));
        return summaries;
    }

    /**
     * The average of every published review (4.0 before there is any): the prior of the Bayesian average.
     * Kept on this node for a few seconds ({@link MeanRating}).
     */
    @PermitAll
    public double meanRating() {
        return means.get(() -> {
            Double mean = em.createQuery(
                            "SELECT AVG(r.stars * 1.0) FROM Review r WHERE r.state = :published", Double.class)
                    .setParameter("published", Review.State.PUBLISHED)
                    .getSingleResult();
            return mean == null ? 4.0 : mean;
        });
    }

    /** The review of a request, if it has one, for the back-office request page. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Optional<ReviewView> ofRequest(long requestId) {
        scope.check(requestId);
        Review review = reviewOf(requestId);
        return Optional.ofNullable(review).map(r -> view(r, session.isCallerInRole(Role.EDUCATOR_NAME)));
    }

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
        held.getResultList().forEach(r -> all.add(view(r, educator)));
        latest.getResultList().forEach(r -> all.add(view(r, educator)));
        return all;
    }

    /** An operator publishes a held review (the automatic checks were wrong). */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public ReviewView publish(long reviewId, long version) {
        Review review = seen(reviewId, version);
        try {
            review.publish(actor(), clock.instant());
        } catch (IllegalStateException e) {
            throw new InvalidInput("action", "review.error.notHeld");
        }
        flush(reviewId);
        audit.record("REVIEW_PUBLISHED", RECORD_TYPE, reviewId, "held for " + review.getHeldFor());
        workerChanged.fire(new WorkerChanged(review.getWorkerId()));
        JobFacts.Done job = facts.done(review.getRequestId());
        published.fire(new ReviewPublished(
                reviewId,
                review.getRequestId(),
                job.number(),
                review.getWorkerId(),
                review.getStars(),
                serviceName(review.getSubcategoryCode(), "it")));
        return view(review, false);
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
            review.hide(reason, note, actor(), clock.instant());
        } catch (IllegalStateException e) {
            throw new InvalidInput("action", "review.error.hidden");
        }
        flush(reviewId);
        audit.record(
                "REVIEW_HIDDEN",
                RECORD_TYPE,
                reviewId,
                reason + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        hidden.fire(new ReviewHidden(
                reviewId,
                review.getRequestId(),
                facts.done(review.getRequestId()).number(),
                reason.name(),
                review.getHiddenNote(),
                actor()));
        return view(review, false);
    }

    /**
     * The published reviews of the worker the caller logs in as, newest first (none for a login that is
     * not linked to a worker yet).
     */
    @RolesAllowed(Role.WORKER_NAME)
    public List<ReviewView> mine(String language) {
        return workers.mine().map(me -> ofWorker(me.id(), language).reviews()).orElse(List.of());
    }

    /**
     * The worker replies to a published review of theirs, once.
     *
     * @throws InvalidInput naming {@code reply} for an empty or long reply, {@code action} when there is a
     *     reply already
     */
    @RolesAllowed(Role.WORKER_NAME)
    public ReviewView reply(long reviewId, String text) {
        long me = workers.mine()
                .orElseThrow(() -> new RecordNotFound("Worker", "me"))
                .id();
        Review review = em.find(Review.class, reviewId);
        if (review == null || review.getWorkerId() != me) {
            throw new RecordNotFound(RECORD_TYPE, reviewId);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInput("reply", "review.error.replyRequired");
        }
        if (text.strip().length() > Review.MAX_TEXT) {
            throw new InvalidInput("reply", "review.error.tooLong");
        }
        try {
            review.reply(text, clock.instant());
        } catch (IllegalStateException e) {
            throw new InvalidInput("action", "review.error.replied");
        }
        flush(reviewId);
        audit.record("REVIEW_REPLIED", RECORD_TYPE, reviewId, "");
        return publicView(review, "it");
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
            added = new ModerationWord(word, actor(), clock.instant());
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

    private Set<String> words() {
        return new HashSet<>(em.createQuery("SELECT w.word FROM ModerationWord w", String.class)
                .getResultList());
    }

    private Review reviewOf(long requestId) {
        return em.createQuery("SELECT r FROM Review r WHERE r.requestId = :request", Review.class)
                .setParameter("request", requestId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Review seen(long reviewId, long version) {
        Review review = em.find(Review.class, reviewId);
        if (review == null) {
            throw new RecordNotFound(RECORD_TYPE, reviewId);
        }
        if (review.getVersion() != version) {
            throw new ConflictingChange(ConflictingChange.STALE, "review " + reviewId + " changed meanwhile");
        }
        return review;
    }

    private void flush(long reviewId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictingChange(ConflictingChange.STALE, "review " + reviewId + " changed meanwhile");
        }
    }

    private int priorCount() {
        return settings.intValue(Setting.MATCHING_RATING_PRIOR);
    }

    private String serviceName(String code, String language) {
        return catalog.subcategoryNames("en".equals(language) ? "en" : "it").getOrDefault(code, code);
    }

    /** "Giulia Verdi" → "Giulia V.": the public name of a review's author. */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "—";
        }
        String[] parts = name.strip().split("\\s+");
        return parts.length == 1 ? parts[0] : parts[0] + " " + parts[parts.length - 1].charAt(0) + ".";
    }

    private ReviewView publicView(Review r, String language) {
        return new ReviewView(
                r.getId(),
                null,
                null,
                r.getWorkerId(),
                null,
                r.getTeamName(),
                serviceName(r.getSubcategoryCode(), language),
                r.getJobMonth(),
                r.getStars(),
                r.getPunctuality(),
                r.getQuality(),
                r.getCourtesy(),
                r.getComment(),
                r.getAuthorName(),
                r.getChannel(),
                r.getState(),
                null,
                null,
                null,
                null,
                null,
                r.getReply(),
                r.getRepliedAt(),
                r.getCreatedAt(),
                r.getVersion());
    }

    private ReviewView view(Review r, boolean educator) {
        JobFacts.Done job = facts.done(r.getRequestId());
        String worker = workers.contacts(List.of(r.getWorkerId())).values().stream()
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

    private String actor() {
        return session.getCallerPrincipal() == null
                ? "system"
                : session.getCallerPrincipal().getName();
    }
}
