package it.wecare.factotum.training.entity;

import it.wecare.factotum.api.training.LicenceStep;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a trainee's driving-licence pathway: its day, its result (for an exam), lessons, the cost covered. */
@Entity
@Table(name = "traineeship_licence_step")
public class LicenceStepRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traineeship_id")
    private Traineeship traineeship;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 20)
    private LicenceStep step;

    @Column(name = "step_day", nullable = false)
    private LocalDate day;

    @Column(name = "passed")
    private Boolean passed;

    @Column(name = "lessons")
    private Integer lessons;

    @Column(name = "cost", precision = 8, scale = 2)
    private BigDecimal cost;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LicenceStepRecord() {}

    LicenceStepRecord(
            Traineeship traineeship,
            LicenceStep step,
            LocalDate day,
            Boolean passed,
            Integer lessons,
            BigDecimal cost,
            String note,
            String recordedBy,
            Instant recordedAt) {
        this.traineeship = traineeship;
        this.step = step;
        this.day = day;
        this.passed = passed;
        this.lessons = lessons;
        this.cost = cost;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public LicenceStep getStep() {
        return step;
    }

    public LocalDate getDay() {
        return day;
    }

    public Boolean getPassed() {
        return passed;
    }

    public Integer getLessons() {
        return lessons;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
