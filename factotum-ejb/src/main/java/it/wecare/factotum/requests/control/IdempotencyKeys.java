package it.wecare.factotum.requests.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An {@code Idempotency-Key} (or a form's own token) belongs to whoever sent it: the key is stored as the
 * hash of the caller, the client's email and the key, so another client reusing the same key starts a
 * request of their own; the request itself is kept as a digest, so the same key sent with a different
 * request is told apart from a retry.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {}

    /** The stored form of {@code key} sent by {@code caller} for {@code email}: 64 hex characters. */
    public static String scoped(String caller, String email, String key) {
        return sha256(String.join("\u0000", Objects.toString(caller, ""), Objects.toString(email, ""), key));
    }

    /** The digest of a request's fields, in a fixed order: equal fields give an equal digest. */
    public static String digest(List<?> fields) {
        return sha256(fields.stream().map(f -> Objects.toString(f, "\u0001")).collect(Collectors.joining("\u0000")));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
