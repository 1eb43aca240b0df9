package it.wecare.factotum.training.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The hours a traineeship plans: the weekly hours spread over the working days (Monday to Friday, not on
 * national holidays), from the start to the end, not while it was suspended.
 *
 * @param startsOn the first day
 * @param endsOn the last day
 * @param weeklyHours the hours of a full week
 * @param suspensions the periods it was suspended (an open one ends on {@code null}: up to today)
 */
public record HoursPlan(LocalDate startsOn, LocalDate endsOn, BigDecimal weeklyHours, List<Pause> suspensions) {

    /** A suspension, from its first day to its last ({@code null} while it lasts). */
    public record Pause(LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    public HoursPlan {
        suspensions = List.copyOf(suspensions);
    }

    /** The hours of one working day: a fifth of the week. */
    public BigDecimal daily() {
        return weeklyHours.divide(BigDecimal.valueOf(5), 4, RoundingMode.HALF_UP);
    }

    /** The hours due from the start to {@code day} included (to the end, if {@code day} is later). */
    public BigDecimal dueBy(LocalDate day) {
        return dueBetween(startsOn, day);
    }

    /** The hours due over the whole traineeship. */
    public BigDecimal total() {
        return dueBetween(startsOn, endsOn);
    }

    /** The hours due between {@code from} and {@code to}, both included, within the traineeship. */
    public BigDecimal dueBetween(LocalDate from, LocalDate to) {
        LocalDate first = from.isBefore(startsOn) ? startsOn : from;
        LocalDate last = to.isAfter(endsOn) ? endsOn : to;
        int days = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (ItalianHolidays.isWorkingDay(day) && !suspended(day)) {
                days++;
            }
        }
        return daily().multiply(BigDecimal.valueOf(days)).setScale(1, RoundingMode.HALF_UP);
    }

    private boolean suspended(LocalDate day) {
        return suspensions.stream().anyMatch(p -> p.covers(day));
    }
}
