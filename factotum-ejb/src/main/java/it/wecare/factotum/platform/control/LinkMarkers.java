package it.wecare.factotum.platform.control;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stand-in for a link's token in a stored email. A link is issued with a random seal instead of a
 * usable token; the email that carries it stores only the seal, and the token is minted when the email
 * is handed to the SMTP server (and never written anywhere but in that exchange). So the outbox, its
 * previews and any backup of the database hold no token that acts for anyone.
 *
 * <p>A marker is {@code fctseal} followed by 32 hex digits (128 random bits): HTML escaping leaves it
 * intact, and text a person wrote cannot name a link it has not seen (and an email only reveals the
 * links bound to it when it was written).
 */
public final class LinkMarkers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "fctseal";
    private static final Pattern MARKER = Pattern.compile(PREFIX + "([0-9a-f]{32})");

    /** What a preview shows in place of a link's token. */
    public static final String MASK = "link-personale-nascosto";

    private LinkMarkers() {}

    /** A new random seal (the part after the prefix). */
    public static String newSeal() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The marker that stands for the link with {@code seal} in an email. */
    public static String marker(String seal) {
        return PREFIX + seal;
    }

    /** The seals of the markers in {@code texts}, in order of appearance. */
    public static Set<String> seals(String... texts) {
        Set<String> seals = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                Matcher m = MARKER.matcher(text);
                while (m.find()) {
                    seals.add(m.group(1));
                }
            }
        }
        return seals;
    }

    /**
     * {@code text} with each marker replaced by its token from {@code tokensBySeal}; a marker with no token
     * (a link the email does not own) becomes {@code unknown}, which no link accepts.
     */
    public static String reveal(String text, Map<String, String> tokensBySeal, String unknown) {
        if (text == null) {
            return null;
        }
        return MARKER.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(tokensBySeal.getOrDefault(m.group(1), unknown)));
    }

    /** {@code text} with every marker replaced by {@link #MASK}, for a preview. */
    public static String mask(String text) {
        return text == null ? null : MARKER.matcher(text).replaceAll(MASK);
    }
}
