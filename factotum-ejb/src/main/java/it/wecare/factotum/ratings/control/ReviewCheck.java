package it.wecare.factotum.ratings.control;

import it.wecare.factotum.platform.control.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The automatic checks that hold a review for an operator instead of publishing it at once: an insult (a
 * word of the moderation list, matched without accents or case, as a whole word), a phone number, an email
 * address or a street address in the text. A negative review is not held for being negative: only these.
 */
public final class ReviewCheck {

    /** Why a review was held. */
    public enum Hold {
        INSULT,
        PHONE,
        EMAIL,
        ADDRESS
    }

    /** 8 or more digits, possibly with spaces, dots or dashes between them, or a + prefix. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w/])\\+?\\d(?:[\\s./-]?\\d){7,}(?![\\w/])");

    /** A date written with separators ("12/11/2026", "12.11.2026", "2026-11-12") is not a phone number. */
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}0-9._%+-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[\\p{L}0-9.-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);

    /** "via Roma 12", "corso Francia, 5", "piazza Castello 1/b": a street word, a name, a number. */
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b(?:via|viale|corso|piazza|piazzale|strada|vicolo|largo|borgo|lungo\\w+|str\\.|p\\.zza|c\\.so|v\\.le)"
                    + "\\s+[\\p{L}'. ]{2,40}?,?\\s*\\d{1,4}(?:\\s*/?\\s*[a-z])?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ReviewCheck() {}

    /**
     * The reasons to hold {@code texts} (the comment, the reply…), in a fixed order; empty when it may be
     * published at once.
     *
     * @param words the moderation list, folded (lower case, no accents)
     */
    public static List<Hold> holds(Set<String> words, String... texts) {
        List<Hold> holds = new ArrayList<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            if (!holds.contains(Hold.INSULT) && insult(words, text)) {
                holds.add(Hold.INSULT);
            }
            if (!holds.contains(Hold.EMAIL) && EMAIL.matcher(text).find()) {
                holds.add(Hold.EMAIL);
            }
            if (!holds.contains(Hold.PHONE) && phone(text)) {
                holds.add(Hold.PHONE);
            }
            if (!holds.contains(Hold.ADDRESS) && ADDRESS.matcher(text).find()) {
                holds.add(Hold.ADDRESS);
            }
        }
        holds.sort(null);
        return List.copyOf(holds);
    }

    private static boolean phone(String text) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            if (!DATE.matcher(m.group().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insult(Set<String> words, String text) {
        String folded = Folding.fold(text);
        for (String word : folded.split(" ")) {
            if (words.contains(word)) {
                return true;
            }
        }
        // words of more than one part ("figlio di…") as a phrase
        for (String word : words) {
            if (word.indexOf(' ') > 0 && (" " + folded + " ").contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }
}
