package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.platform.control.PhotoCheck;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A photo is decoded and re-encoded once, where it is checked. A page's upload is prepared here (decoded,
 * re-encoded as it will be kept, sealed with this node's key); when the boundary gets the sealed bytes back
 * with the form it keeps them as they are. Anything else — a photo sent through the API, or sealed by
 * another node — is decoded and re-encoded as before. The key lives in memory only: a restart just means
 * one more decoding.
 */
@ApplicationScoped
public class PhotoSeals {

    private static final byte[] MAGIC = "FCTPHOTO".getBytes(StandardCharsets.US_ASCII);
    private static final int MAC_BYTES = 32;

    private final SecretKeySpec key;

    public PhotoSeals() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * Checks an upload (a real JPEG, PNG or WebP of at most 5 MB) and prepares it: kept at most {@code side}
     * pixels, previewed at {@code previewSide}.
     */
    public PreparedPhoto prepare(byte[] upload, int side, int previewSide) throws PhotoCheck.Refused {
        BufferedImage image = PhotoCheck.decode(upload);
        return new PreparedPhoto(seal(PhotoCheck.jpeg(image, side)), PhotoCheck.jpeg(image, previewSide));
    }

    /** The photo to store: a prepared one as it is, anything else decoded and re-encoded at {@code side}. */
    public KeptPhoto keep(byte[] bytes, int side) throws PhotoCheck.Refused {
        Optional<byte[]> sealed = open(bytes);
        if (sealed.isPresent()) {
            int[] size = PhotoCheck.size(sealed.get());
            return new KeptPhoto(sealed.get(), size[0], size[1]);
        }
        BufferedImage image = PhotoCheck.decode(bytes);
        byte[] jpeg = PhotoCheck.jpeg(image, side);
        int[] size = PhotoCheck.size(jpeg);
        return new KeptPhoto(jpeg, size[0], size[1]);
    }

    byte[] seal(byte[] jpeg) {
        byte[] sealed = Arrays.copyOf(jpeg, jpeg.length + MAC_BYTES + MAGIC.length);
        System.arraycopy(mac(jpeg), 0, sealed, jpeg.length, MAC_BYTES);
        System.arraycopy(MAGIC, 0, sealed, jpeg.length + MAC_BYTES, MAGIC.length);
        return sealed;
    }

    /** The JPEG inside bytes this node sealed, or empty for anything else. */
    Optional<byte[]> open(byte[] bytes) {
        int tail = MAC_BYTES + MAGIC.length;
        if (bytes == null
                || bytes.length <= tail
                || !Arrays.equals(bytes, bytes.length - MAGIC.length, bytes.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        byte[] jpeg = Arrays.copyOf(bytes, bytes.length - tail);
        byte[] given = Arrays.copyOfRange(bytes, jpeg.length, jpeg.length + MAC_BYTES);
        return MessageDigest.isEqual(given, mac(jpeg)) ? Optional.of(jpeg) : Optional.empty();
    }

    private byte[] mac(byte[] jpeg) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(jpeg);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
