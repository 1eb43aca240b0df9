package it.wecare.factotum.training.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The national public holidays of Italy (L. 260/1949 and later changes): the fixed days and Easter Monday.
 * The patron saint's day of each comune is not here (Torino: 24 June) — a traineeship's register holds
 * what was actually done, so a local holiday only makes the hours due a little higher that day.
 */
public final class ItalianHolidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1),
            MonthDay.of(1, 6),
            MonthDay.of(4, 25),
            MonthDay.of(5, 1),
            MonthDay.of(6, 2),
            MonthDay.of(8, 15),
            MonthDay.of(11, 1),
            MonthDay.of(12, 8),
            MonthDay.of(12, 25),
            MonthDay.of(12, 26));

    private ItalianHolidays() {}

    /** Whether {@code day} is a national holiday. */
    public static boolean isHoliday(LocalDate day) {
        return FIXED.contains(MonthDay.from(day))
                || day.equals(easter(day.getYear()).plusDays(1));
    }

    /** Whether {@code day} is a working day: Monday to Friday and not a holiday. */
    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** Easter Sunday of {@code year} (the Gregorian computus, Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
