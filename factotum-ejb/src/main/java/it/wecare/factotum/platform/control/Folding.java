package it.wecare.factotum.platform.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The searchable form of a name: lower case, accents removed, every run of other characters one space —
 * "Sant'Agata sul Santerno" and "sant agata sul santerno" are the same. The comuni generator
 * (tools/comuni) folds exactly the same way.
 */
public final class Folding {

    private Folding() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
