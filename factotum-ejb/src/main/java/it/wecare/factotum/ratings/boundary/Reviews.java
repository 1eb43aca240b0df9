package it.wecare.factotum.ratings.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.LinkPurpose;
import it.wecare.factotum.platform.control.LinkRefusal;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.ratings.control.Eligibility;
import it.wecare.factotum.ratings.control.ReviewCheck;
import it.wecare.factotum.ratings.control.Stars;
import it.wecare.factotum.ratings.entity.Review;
import it.wecare.factotum.requests.boundary.JobFacts;
import it.wecare.factotum.requests.boundary.RequestScope;
import it.wecare.factotum.workers.boundary.ReviewSubject;
import it.wecare.factotum.workers.boundary.WorkerChanged;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    ReviewRecords records;

    @Inject
    RequestScope scope;

    @Inject
    Workers workers;

    @Inject
    WorkerDirectory directory;

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
        ReviewSubject subject = directory.reviewSubject(job.workerId(), job.day());
        return new ReviewInvitation(
                job.number(),
                records.serviceName(job.subcategoryCode(), job.language()),
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
        return records.view(store(requestId, draft, null), false);
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
        ReviewView stored = records.view(store(requestId, draft, Callers.name(session)), true);
        links.revokeOpen(LinkPurpose.REVIEW_JOB, REQUEST, requestId);
        return stored;
    }

    private Review store(long requestId, ReviewDraft draft, String recordedBy) {
        JobFacts.Done job = facts.done(requestId);
        Eligibility.refusal(job.state(), job.workerId() != null, reviewOf(requestId) != null)
                .ifPresent(reason -> {
                    throw new InvalidInput("action", reason);
                });
        ReviewSubject subject = directory.reviewSubject(job.workerId(), job.day());
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
                clock.instant(),
                job.organisationCode());
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
                    records.serviceName(job.subcategoryCode(), "it")));
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
        return Optional.ofNullable(review).map(r -> records.view(r, session.isCallerInRole(Role.EDUCATOR_NAME)));
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
        records.flush(reviewId);
        audit.record("REVIEW_REPLIED", RECORD_TYPE, reviewId, "");
        return publicView(review, "it");
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

    private int priorCount() {
        return settings.intValue(Setting.MATCHING_RATING_PRIOR);
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
                records.serviceName(r.getSubcategoryCode(), language),
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
}
