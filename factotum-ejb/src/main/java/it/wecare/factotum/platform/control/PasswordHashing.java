package it.wecare.factotum.platform.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the format of Jakarta Security's {@code Pbkdf2PasswordHash}:
 * {@code algorithm:iterations:salt:hash}, salt and hash in Base64. New hashes use HMAC-SHA512 with
 * 210,000 iterations (OWASP 2023); older parameters still verify and are reported for rehashing.
 */
public final class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A hash of nothing anyone can type, verified when an unknown account tries to log in so the answer
     * takes as long as for a known one.
     */
    public static final String DECOY = new PasswordHashing().hash("decoy-" + RANDOM.nextLong());

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(ALGORITHM, password, salt, ITERATIONS, KEY_BYTES);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /** Whether {@code password} matches {@code stored}; false for a malformed stored value. */
    public boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(parts[0], password, salt, iterations, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Whether a stored hash was made with weaker parameters than today's and should be replaced. */
    public boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        return parts.length != 4 || !parts[0].equals(ALGORITHM) || Integer.parseInt(parts[1]) < ITERATIONS;
    }

    private static byte[] derive(String algorithm, String password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Unsupported password hash algorithm " + algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }
}
