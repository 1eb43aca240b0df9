package it.wecare.factotum.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A suspension of a traineeship, from its first day to its last (open while it lasts). */
@Entity
@Table(name = "traineeship_pause")
public class TraineeshipPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traineeship_id")
    private Traineeship traineeship;

    @Column(name = "from_day", nullable = false)
    private LocalDate fromDay;

    @Column(name = "to_day")
    private LocalDate toDay;

    protected TraineeshipPause() {}

    TraineeshipPause(Traineeship traineeship, LocalDate fromDay) {
        this.traineeship = traineeship;
        this.fromDay = fromDay;
    }

    void close(LocalDate lastDay) {
        this.toDay = lastDay;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }
}
