package it.wecare.factotum.training.entity;

import it.wecare.factotum.api.training.TrainingActivity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One entry of the hours register: a day, its hours and what they were spent on. */
@Entity
@Table(name = "traineeship_hours")
public class TrainingHours {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "traineeship_id", nullable = false)
    private long traineeshipId;

    @Column(name = "work_day", nullable = false)
    private LocalDate day;

    @Column(name = "hours", nullable = false, precision = 4, scale = 1)
    private BigDecimal hours;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity", nullable = false, length = 20)
    private TrainingActivity activity;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected TrainingHours() {}

    public TrainingHours(
            long traineeshipId,
            LocalDate day,
            BigDecimal hours,
            TrainingActivity activity,
            String note,
            Long requestId,
            String recordedBy,
            Instant recordedAt) {
        this.traineeshipId = traineeshipId;
        this.day = Objects.requireNonNull(day, "day");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.requestId = requestId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Corrects the entry (the reason goes to the audit log). */
    public void correct(
            LocalDate day, BigDecimal hours, TrainingActivity activity, String note, String by, Instant at) {
        this.day = Objects.requireNonNull(day, "day");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getTraineeshipId() {
        return traineeshipId;
    }

    public LocalDate getDay() {
        return day;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public TrainingActivity getActivity() {
        return activity;
    }

    public String getNote() {
        return note;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
