package it.wecare.factotum.web.platform;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the resource bundle in the language of the current view, for messages built in Java. */
public final class Texts {

    public static final String BUNDLE = "it.wecare.factotum.web.messages";

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
    public static String problem(String fieldLabelKey, it.wecare.factotum.platform.boundary.InvalidInput e) {
        Object[] arguments = java.util.Arrays.stream(e.arguments())
                .map(a -> a instanceof java.time.LocalDate day
                        ? java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                                .format(day)
                        : a instanceof Number n ? n.toString() : a)
                .toArray();
        return get(fieldLabelKey) + ": " + get(e.messageKey(), arguments);
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
