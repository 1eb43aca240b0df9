package it.wecare.factotum.training.entity;

import it.wecare.factotum.api.training.TraineeshipState;
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

/** One line of a traineeship's timeline: who did what, when, from which state to which, why. */
@Entity
@Table(name = "traineeship_event")
public class TraineeshipEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traineeship_id")
    private Traineeship traineeship;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 254)
    private String actor;

    @Column(name = "action", nullable = false, length = 30)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private TraineeshipState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private TraineeshipState toState;

    @Column(name = "note", length = 1000)
    private String note;

    protected TraineeshipEvent() {}

    TraineeshipEvent(
            Traineeship traineeship,
            Instant occurredAt,
            String actor,
            String action,
            TraineeshipState fromState,
            TraineeshipState toState,
            String note) {
        this.traineeship = traineeship;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note == null || note.length() <= 1000 ? note : note.substring(0, 999) + "…";
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public TraineeshipState getFromState() {
        return fromState;
    }

    public TraineeshipState getToState() {
        return toState;
    }

    public String getNote() {
        return note;
    }
}
