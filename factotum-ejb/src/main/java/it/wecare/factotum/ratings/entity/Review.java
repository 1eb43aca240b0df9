package it.wecare.factotum.ratings.entity;

import it.wecare.factotum.ratings.control.Policy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A client's review of a completed job: 1–5 stars, optional sub-scores and comment, and a private note for
 * the educator. Its text is never edited: it is published, held for an operator (the automatic checks), or
 * hidden for a stated policy reason; the worker may reply once.
 */
@Entity
@Table(name = "review")
public class Review {

    public static final int MAX_TEXT = 2000;

    /** Where a review stands. */
    public enum State {
        PUBLISHED,
        HELD,
        HIDDEN
    }

    /** How the review reached the cooperative. */
    public enum Channel {
        /** the client's emailed link */
        LINK,
        /** told by phone to an operator, who recorded it */
        PHONE
    }

    /** The scores and texts as the client gave them. */
    public record Given(
            int stars, Integer punctuality, Integer quality, Integer courtesy, String comment, String educatorNote) {

        public Given {
            requireScore(stars, "stars");
            if (punctuality != null) {
                requireScore(punctuality, "punctuality");
            }
            if (quality != null) {
                requireScore(quality, "quality");
            }
            if (courtesy != null) {
                requireScore(courtesy, "courtesy");
            }
            comment = text(comment);
            educatorNote = text(educatorNote);
        }

        private static void requireScore(int score, String what) {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException(what + " is 1-5");
            }
        }

        private static String text(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String stripped = text.strip();
            if (stripped.length() > MAX_TEXT) {
                throw new IllegalArgumentException("at most " + MAX_TEXT + " characters");
            }
            return stripped;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "team_name", length = 120)
    private String teamName;

    @Column(name = "subcategory_code", nullable = false, length = 60)
    private String subcategoryCode;

    @Column(name = "job_month", nullable = false)
    private LocalDate jobMonth;

    @Column(name = "stars", nullable = false)
    private int stars;

    @Column(name = "punctuality")
    private Integer punctuality;

    @Column(name = "quality")
    private Integer quality;

    @Column(name = "courtesy")
    private Integer courtesy;

    @Column(name = "comment_text", length = MAX_TEXT)
    private String comment;

    @Column(name = "educator_note", length = MAX_TEXT)
    private String educatorNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "recorded_by", length = 254)
    private String recordedBy;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private State state;

    @Column(name = "held_for", length = 200)
    private String heldFor;

    @Enumerated(EnumType.STRING)
    @Column(name = "hidden_reason", length = 30)
    private Policy hiddenReason;

    @Column(name = "hidden_note", length = 1000)
    private String hiddenNote;

    @Column(name = "moderated_by", length = 254)
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "reply_text", length = MAX_TEXT)
    private String reply;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The partner organisation of the worker who did the job (null for the cooperative's own): the figures' filter. */
    @Column(name = "organisation_code", length = 40)
    private String organisationCode;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Review() {}

    /**
     * A review of the job of {@code requestId}, shown on {@code workerId}'s page; held when the checks found
     * something ({@code heldFor} non-empty), published otherwise.
     *
     * @param jobDay the day of the job (the month is kept)
     * @param recordedBy the operator who recorded a review given by phone, null for the client's link
     */
    public Review(
            long requestId,
            long workerId,
            String teamName,
            String subcategoryCode,
            LocalDate jobDay,
            Given given,
            String authorName,
            String recordedBy,
            List<String> heldFor,
            Instant now,
            String organisationCode) {
        this.requestId = requestId;
        this.workerId = workerId;
        this.teamName = teamName;
        this.subcategoryCode = Objects.requireNonNull(subcategoryCode, "subcategoryCode");
        this.jobMonth = jobDay.withDayOfMonth(1);
        this.stars = given.stars();
        this.punctuality = given.punctuality();
        this.quality = given.quality();
        this.courtesy = given.courtesy();
        this.comment = given.comment();
        this.educatorNote = given.educatorNote();
        this.authorName = Objects.requireNonNull(authorName, "authorName");
        this.recordedBy = recordedBy;
        this.channel = recordedBy == null ? Channel.LINK : Channel.PHONE;
        this.state = heldFor.isEmpty() ? State.PUBLISHED : State.HELD;
        this.heldFor = heldFor.isEmpty() ? null : String.join(",", heldFor);
        this.createdAt = Objects.requireNonNull(now, "now");
        this.organisationCode = organisationCode;
    }

    /** An operator publishes a held review (the checks were wrong). */
    public void publish(String by, Instant now) {
        if (state != State.HELD) {
            throw new IllegalStateException("review " + id + " is " + state);
        }
        state = State.PUBLISHED;
        moderatedBy = by;
        moderatedAt = now;
    }

    /** An operator hides a review, for a policy reason; the text stays as it was. */
    public void hide(Policy reason, String note, String by, Instant now) {
        if (state == State.HIDDEN) {
            throw new IllegalStateException("review " + id + " is hidden already");
        }
        state = State.HIDDEN;
        hiddenReason = Objects.requireNonNull(reason, "reason");
        hiddenNote = note == null || note.isBlank() ? null : note.strip();
        moderatedBy = by;
        moderatedAt = now;
    }

    /** The worker's one reply. */
    public void reply(String text, Instant now) {
        if (reply != null) {
            throw new IllegalStateException("review " + id + " has a reply already");
        }
        if (state != State.PUBLISHED) {
            throw new IllegalStateException("review " + id + " is " + state);
        }
        if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT) {
            throw new IllegalArgumentException("a reply has 1-" + MAX_TEXT + " characters");
        }
        reply = text.strip();
        repliedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public long getWorkerId() {
        return workerId;
    }

    public String getTeamName() {
        return teamName;
    }

    public String getSubcategoryCode() {
        return subcategoryCode;
    }

    public LocalDate getJobMonth() {
        return jobMonth;
    }

    public int getStars() {
        return stars;
    }

    public Integer getPunctuality() {
        return punctuality;
    }

    public Integer getQuality() {
        return quality;
    }

    public Integer getCourtesy() {
        return courtesy;
    }

    public String getComment() {
        return comment;
    }

    public String getEducatorNote() {
        return educatorNote;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getAuthorName() {
        return authorName;
    }

    public State getState() {
        return state;
    }

    public String getHeldFor() {
        return heldFor;
    }

    public Policy getHiddenReason() {
        return hiddenReason;
    }

    public String getHiddenNote() {
        return hiddenNote;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public String getReply() {
        return reply;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
