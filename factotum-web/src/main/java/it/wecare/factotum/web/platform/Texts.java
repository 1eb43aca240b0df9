package it.wecare.factotum.web.platform;

import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.LinkRefused;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the resource bundle in the language of the current view, for messages built in Java. */
public final class Texts {

    public static final String BUNDLE = "it.wecare.factotum.web.messages";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {}

    public static String get(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.ITALIAN;
        return get(locale, key, arguments);
    }

    /**
     * The message of a refused input, in the view's language: "label of the field: reason", with the
     * reason's dates written dd/MM/yyyy.
     */
    public static String problem(String fieldLabelKey, InvalidInput e) {
        return get(fieldLabelKey) + ": " + reason(e);
    }

    /** Why an input was refused, in the view's language, with its arguments (dates dd/MM/yyyy). */
    public static String reason(InvalidInput e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return reason(
                faces != null && faces.getViewRoot() != null
                        ? faces.getViewRoot().getLocale()
                        : Locale.ITALIAN,
                e);
    }

    /** Why an input was refused, in {@code locale}, with its arguments (dates dd/MM/yyyy). */
    public static String reason(Locale locale, InvalidInput e) {
        Object[] arguments = Arrays.stream(e.arguments())
                .map(a -> a instanceof LocalDate day ? DAY.format(day) : a instanceof Number n ? n.toString() : a)
                .toArray();
        return get(locale, e.messageKey(), arguments);
    }

    /** The message of a conflict (someone changed the record meanwhile). */
    public static String reason(ConflictingChange e) {
        return get(e.messageKey());
    }

    /** Why an emailed link cannot be used. */
    public static String reason(LinkRefused e) {
        return get(e.messageKey());
    }

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
