package it.wecare.factotum.training.entity;

import it.wecare.factotum.api.training.TraineeshipOutcome;
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
import java.time.LocalDate;

/** A follow-up some months after the end: where the former trainee is now. */
@Entity
@Table(name = "traineeship_follow_up")
public class TraineeshipFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traineeship_id")
    private Traineeship traineeship;

    @Column(name = "months_after", nullable = false)
    private int monthsAfter;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "situation", length = 20)
    private TraineeshipOutcome situation;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Column(name = "recorded_by", length = 254)
    private String recordedBy;

    protected TraineeshipFollowUp() {}

    TraineeshipFollowUp(Traineeship traineeship, int monthsAfter, LocalDate dueOn) {
        this.traineeship = traineeship;
        this.monthsAfter = monthsAfter;
        this.dueOn = dueOn;
    }

    void record(LocalDate day, TraineeshipOutcome situation, String note, String actor) {
        this.doneOn = day;
        this.situation = situation;
        this.note = note;
        this.recordedBy = actor;
    }

    public Traineeship traineeship() {
        return traineeship;
    }

    public Long getId() {
        return id;
    }

    public int getMonthsAfter() {
        return monthsAfter;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public TraineeshipOutcome getSituation() {
        return situation;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** Whether it is recorded. */
    public boolean isDone() {
        return doneOn != null;
    }
}
