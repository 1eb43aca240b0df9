package it.wecare.factotum.web.platform.rest;

import java.util.Locale;

/** The language of an API answer: English when Accept-Language puts English first, Italian otherwise. */
public final class Languages {

    private Languages() {}

    public static String of(String acceptLanguage) {
        return acceptLanguage != null
                        && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en")
                ? "en"
                : "it";
    }
}
