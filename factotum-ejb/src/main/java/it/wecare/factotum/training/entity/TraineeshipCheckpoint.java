package it.wecare.factotum.training.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * An in-itinere checkpoint: the monthly interview of educator, tutor and trainee, with a score per
 * objective (1 not yet, 2 with help, 3 alone, 4 can teach it), notes and the next steps.
 */
@Entity
@Table(name = "traineeship_checkpoint")
public class TraineeshipCheckpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traineeship_id")
    private Traineeship traineeship;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "traineeship_checkpoint_score", joinColumns = @JoinColumn(name = "checkpoint_id"))
    @MapKeyColumn(name = "objective_id")
    @Column(name = "score", nullable = false)
    private Map<Long, Integer> scores = new HashMap<>();

    @Column(name = "notes", length = 2000)
    private String notes;

    @Column(name = "next_steps", length = 1000)
    private String nextSteps;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TraineeshipCheckpoint() {}

    TraineeshipCheckpoint(
            Traineeship traineeship,
            LocalDate heldOn,
            Map<Long, Integer> scores,
            String notes,
            String nextSteps,
            String recordedBy,
            Instant recordedAt) {
        this.traineeship = traineeship;
        this.heldOn = heldOn;
        this.scores.putAll(scores);
        this.notes = notes;
        this.nextSteps = nextSteps;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    /** The score of each objective, by the objective's id. */
    public Map<Long, Integer> getScores() {
        return Map.copyOf(scores);
    }

    public String getNotes() {
        return notes;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
