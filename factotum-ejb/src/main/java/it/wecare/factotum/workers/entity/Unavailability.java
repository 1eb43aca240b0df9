package it.wecare.factotum.workers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Days a worker cannot work (holidays, days off, a medical visit): scheduling and matching respect them.
 * From the first to the last day, both included, at most a year.
 */
@Entity
@Table(name = "worker_unavailability")
public class Unavailability {

    public static final int MAX_DAYS = 366;
    public static final int MAX_REASON = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "reason", length = MAX_REASON)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Unavailability() {}

    public Unavailability(long workerId, LocalDate firstDay, LocalDate lastDay, String reason, String by, Instant now) {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay) || ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
            throw new IllegalArgumentException("An unavailability runs forward, for at most " + MAX_DAYS + " days");
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason is longer than " + MAX_REASON);
        }
        this.workerId = workerId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = text;
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Whether the worker is away on some day from {@code from} to {@code to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !firstDay.isAfter(to) && !lastDay.isBefore(from);
    }

    public Long getId() {
        return id;
    }

    public long getWorkerId() {
        return workerId;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getReason() {
        return reason;
    }
}
