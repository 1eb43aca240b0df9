package it.wecare.factotum.training.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a dossier accepts as a document: a PDF, a JPEG or a PNG — known by its first bytes, never by the
 * name or the type the browser claims — of at most {@link #MAX_BYTES}; its name without folders or
 * characters a download header or a file system would trip on.
 */
public final class DocumentFile {

    /** 10 MB: a scanned, signed project of a few pages at 300 dpi fits; the column holds 16 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    static final int MAX_NAME = 120;

    private DocumentFile() {}

    /** The content type the bytes are, when they are one the dossier accepts. */
    public static Optional<String> contentType(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /**
     * The name to keep: the last segment of what the browser sent, letters, digits, spaces, dots, dashes
     * and underscores only, at most 120 characters with its extension kept; {@code fallback} when nothing is left.
     */
    public static String safeName(String sent, String fallback) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .replaceAll("\\s+", " ")
                .strip();
        name = name.replaceAll("^[.]+", "");
        if (name.isBlank() || name.chars().allMatch(c -> c == '_' || c == '.')) {
            return fallback;
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    /** The SHA-256 of the content, in hex: what shows the copy kept is the one uploaded. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
