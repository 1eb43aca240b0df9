package it.wecare.factotum.requests.entity;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestState;
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
import java.time.Instant;
import java.util.Objects;

/** One line of a request's timeline: who did what, when, from which channel, and the state it led to. */
@Entity
@Table(name = "request_event")
public class RequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private QuoteRequest request;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "action", nullable = false, length = 30)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private RequestState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private RequestState toState;

    @Column(name = "note", length = 1000)
    private String note;

    protected RequestEvent() {}

    RequestEvent(
            QuoteRequest request,
            Instant occurredAt,
            String actor,
            Channel channel,
            String action,
            RequestState fromState,
            RequestState toState,
            String note) {
        this.request = Objects.requireNonNull(request, "request");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.action = Objects.requireNonNull(action, "action");
        this.fromState = fromState;
        this.toState = Objects.requireNonNull(toState, "toState");
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getAction() {
        return action;
    }

    public RequestState getFromState() {
        return fromState;
    }

    public RequestState getToState() {
        return toState;
    }

    public String getNote() {
        return note;
    }
}
