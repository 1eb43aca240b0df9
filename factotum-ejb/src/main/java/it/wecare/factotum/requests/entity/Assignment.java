package it.wecare.factotum.requests.entity;

import it.wecare.factotum.api.requests.AssignmentState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A worker's part in a request: an operator proposes the job, the worker accepts or declines it (with a
 * reason); an accepted job can be withdrawn later. Only a proposed assignment can be answered.
 */
@Entity
@Table(name = "request_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private QuoteRequest request;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private AssignmentState state;

    @Column(name = "proposed_by", nullable = false, length = 254)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "answer_by")
    private Instant answerBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Assignment() {}

    /** A proposal made {@code now}, to be answered by {@code answerBy} (after which it lapses). */
    public Assignment(QuoteRequest request, long workerId, String proposedBy, Instant now, Instant answerBy) {
        this.request = Objects.requireNonNull(request, "request");
        this.workerId = workerId;
        this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
        this.proposedAt = Objects.requireNonNull(now, "now");
        this.answerBy = Objects.requireNonNull(answerBy, "answerBy");
        if (!answerBy.isAfter(now)) {
            throw new IllegalArgumentException("A proposal is answered after it is made");
        }
        this.state = AssignmentState.PROPOSED;
    }

    /** Until when the worker may answer. */
    public Instant getAnswerBy() {
        return answerBy;
    }

    public void accept(Instant now) {
        answer(AssignmentState.ACCEPTED, null, now);
    }

    public void decline(String why, Instant now) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("A declined job needs a reason");
        }
        answer(AssignmentState.DECLINED, why, now);
    }

    /** The worker (or an operator) takes back a proposed or accepted job. */
    public void withdraw(String why, Instant now) {
        if (!state.isOpen()) {
            throw new IllegalStateException("Assignment " + id + " is " + state);
        }
        state = AssignmentState.WITHDRAWN;
        reason = why == null || why.isBlank() ? null : why.strip();
        answeredAt = now;
    }

    private void answer(AssignmentState to, String why, Instant now) {
        if (state != AssignmentState.PROPOSED) {
            throw new IllegalStateException("Assignment " + id + " is " + state + ", not PROPOSED");
        }
        state = to;
        reason = why == null ? null : why.strip();
        answeredAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public QuoteRequest getRequest() {
        return request;
    }

    public long getWorkerId() {
        return workerId;
    }

    public AssignmentState getState() {
        return state;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getReason() {
        return reason;
    }

    public long getVersion() {
        return version;
    }
}
