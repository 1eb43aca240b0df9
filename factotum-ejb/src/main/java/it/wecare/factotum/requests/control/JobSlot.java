package it.wecare.factotum.requests.control;

import it.wecare.factotum.api.requests.TimeOfDay;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When a job is done: a day, a start time and how long it is expected to take. A slot is made with
 * {@link #fitting}, which checks it against the client's wish (the window and the time of day) and the
 * working day.
 *
 * @param date the day of the job
 * @param start the time the worker arrives
 * @param minutes how long the job is expected to take
 */
public record JobSlot(LocalDate date, LocalTime start, int minutes) implements Serializable {

    /** The working day: jobs start at 07:00 or later and end by 21:00. */
    public static final LocalTime DAY_START = LocalTime.of(7, 0);

    public static final LocalTime DAY_END = LocalTime.of(21, 0);
    /** Mornings end and afternoons begin at 13:00. */
    public static final LocalTime NOON = LocalTime.of(13, 0);

    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 600;

    public JobSlot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
    }

    /**
     * A slot for the job, checked against the client's wish and the working day.
     *
     * @throws BrokenRule naming {@code scheduledDate}, {@code scheduledStart} or {@code scheduledMinutes}
     */
    public static JobSlot fitting(LocalDate date, LocalTime start, Integer minutes, DateWish wish, LocalDate today) {
        if (date == null) {
            throw new BrokenRule("scheduledDate", "request.error.dateRequired");
        }
        if (date.isBefore(today)) {
            throw new BrokenRule("scheduledDate", "request.error.datePast");
        }
        if (!wish.allows(date)) {
            throw new BrokenRule("scheduledDate", "schedule.error.outsideWindow", wish.earliest(), wish.latest());
        }
        if (start == null) {
            throw new BrokenRule("scheduledStart", "schedule.error.startRequired");
        }
        if (minutes == null || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new BrokenRule("scheduledMinutes", "schedule.error.duration", MIN_MINUTES, MAX_MINUTES);
        }
        if (start.isBefore(DAY_START)
                || start.plusMinutes(minutes).isAfter(DAY_END)
                || start.plusMinutes(minutes).isBefore(start)) {
            throw new BrokenRule("scheduledStart", "schedule.error.workingDay", DAY_START, DAY_END);
        }
        if (wish.timeOfDay() == TimeOfDay.MORNING && !start.isBefore(NOON)) {
            throw new BrokenRule("scheduledStart", "schedule.error.morning");
        }
        if (wish.timeOfDay() == TimeOfDay.AFTERNOON && start.isBefore(NOON)) {
            throw new BrokenRule("scheduledStart", "schedule.error.afternoon");
        }
        return new JobSlot(date, start, minutes);
    }

    public LocalTime end() {
        return start.plusMinutes(minutes);
    }

    /** Whether the two slots share some minute of the same day. */
    public boolean overlaps(JobSlot other) {
        return date.equals(other.date) && start.isBefore(other.end()) && other.start.isBefore(end());
    }

    /** As the timeline writes it: {@code 2026-12-03 09:00-11:00}. */
    @Override
    public String toString() {
        return date + " " + start + "-" + end();
    }
}
