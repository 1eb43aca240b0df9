package it.wecare.factotum.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Formats instants for pages in the cooperative's time zone (Europe/Rome), as people in Piedmont read
 * them: {@code 26/11/2026 14:05}.
 */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ROME);
    private static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ROME);

    /** An amount in euro as people read it in the page's language: "25,00 €" or "€25.00". */
    public String euro(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        Locale locale = locale();
        NumberFormat format =
                NumberFormat.getCurrencyInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.ITALY);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** A day with its weekday, in the page's language: "giovedì 3 dicembre 2026". */
    public String longDate(LocalDate day) {
        if (day == null) {
            return "";
        }
        Locale locale = locale();
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(day);
    }

    /** A number as people read it in the page's language: "2,5" or "2.5". */
    /** Points of a matching score, to one decimal where it has one ("12", "7.5" or "7,5"). */
    public String points(double value) {
        Locale locale = locale();
        NumberFormat format =
                NumberFormat.getNumberInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.ITALY);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(Math.round(value * 10) / 10.0);
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        Locale locale = locale();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A file's size as people read it: "820 kB", "1,4 MB" ("1.4 MB" in English). */
    public String fileSize(long bytes) {
        Locale locale = locale();
        NumberFormat format =
                NumberFormat.getNumberInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.ITALY);
        format.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return format.format(Math.max(1, Math.round(bytes / 1024.0))) + " kB";
        }
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** The numbers 1 to {@code n}, for pages that repeat something n times. */
    public List<Integer> upTo(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant);
    }

    /** The numbers {@code n} down to 1 (the rows of a star distribution, 5 first). */
    public List<Integer> downFrom(int n) {
        return IntStream.iterate(n, i -> i >= 1, i -> i - 1).boxed().toList();
    }

    /** An average of stars with one decimal, in the page's language ("4,3"). */
    public String oneDecimal(double value) {
        Locale locale = locale();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** An average as five marks, rounded to the nearest whole star ("★★★★☆"). */
    public String starMarks(double average) {
        int full = (int) Math.round(Math.max(0, Math.min(5, average)));
        return "★".repeat(full) + "☆".repeat(5 - full);
    }

    /** A month and year in the page's language ("novembre 2026"). */
    public String month(LocalDate day) {
        if (day == null) {
            return "";
        }
        Locale locale = locale();
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(day);
    }

    /** The page's language (Italian outside a page). */
    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.ITALIAN;
    }
}
