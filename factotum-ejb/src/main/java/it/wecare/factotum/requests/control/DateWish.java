package it.wecare.factotum.requests.control;

import it.wecare.factotum.api.requests.TimeOfDay;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When the client wants the job: an exact date, or a window from the earliest to the latest day, with a
 * time of day. Never in the past nor more than {@value #MAX_DAYS_AHEAD} days ahead; a window of at most
 * {@value #MAX_WINDOW_DAYS} days.
 *
 * @param exact the exact date, or null for a window
 * @param earliest the window's first day (the exact date for an exact date)
 * @param latest the window's last day (the exact date for an exact date)
 * @param timeOfDay morning, afternoon or any time
 */
public record DateWish(LocalDate exact, LocalDate earliest, LocalDate latest, TimeOfDay timeOfDay)
        implements Serializable {

    public static final int MAX_WINDOW_DAYS = 90;

    /** How far ahead a client may ask: about a year (a date in year 999,999,999 is a typing slip). */
    public static final int MAX_DAYS_AHEAD = 366;

    public DateWish {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        timeOfDay = timeOfDay == null ? TimeOfDay.ANY : timeOfDay;
    }

    /** An exact date, today or later. */
    public static DateWish exact(LocalDate date, TimeOfDay timeOfDay, LocalDate today) {
        if (date == null) {
            throw new BrokenRule("exactDate", "request.error.dateRequired");
        }
        if (date.isBefore(today)) {
            throw new BrokenRule("exactDate", "request.error.datePast");
        }
        if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new BrokenRule("exactDate", "request.error.dateTooFar");
        }
        return new DateWish(date, date, date, timeOfDay);
    }

    /** A window from {@code earliest} to {@code latest}, both included, starting today or later. */
    public static DateWish window(LocalDate earliest, LocalDate latest, TimeOfDay timeOfDay, LocalDate today) {
        if (earliest == null) {
            throw new BrokenRule("earliest", "request.error.dateRequired");
        }
        if (latest == null) {
            throw new BrokenRule("latest", "request.error.dateRequired");
        }
        if (earliest.isBefore(today)) {
            throw new BrokenRule("earliest", "request.error.datePast");
        }
        if (earliest.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new BrokenRule("earliest", "request.error.dateTooFar");
        }
        if (latest.isBefore(earliest)) {
            throw new BrokenRule("latest", "request.error.windowOrder");
        }
        if (ChronoUnit.DAYS.between(earliest, latest) > MAX_WINDOW_DAYS) {
            throw new BrokenRule("latest", "request.error.windowTooLong");
        }
        return new DateWish(null, earliest, latest, timeOfDay);
    }

    /** Whether {@code day} fits the wish. */
    public boolean allows(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }
}
