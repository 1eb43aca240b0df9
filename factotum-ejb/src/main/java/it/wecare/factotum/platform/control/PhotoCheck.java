package it.wecare.factotum.platform.control;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Accepts only real JPEG, PNG and WebP images of at most 5 MB — recognised by their content, whatever the
 * file is called — and re-encodes them as JPEG at a given size. Re-encoding drops every piece of metadata
 * (camera, date, GPS position).
 */
public final class PhotoCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PIXELS = 40_000_000;

    /**
     * The longest side an image is decoded at: a larger one is read subsampled (every 2nd, 3rd… pixel), so
     * a small file that declares 6000×6000 pixels costs a few tens of MB of heap, not hundreds. Every size
     * photos are kept at is smaller.
     */
    static final int MAX_DECODED_SIDE = 2400;

    /** At most 2400² pixels of 8 bytes (16-bit RGBA), with room to spare: what one decode may take. */
    static final long MAX_DECODED_BYTES = 64L * 1024 * 1024;

    /** One decode at a time on this node: a burst of uploads cannot take the heap together. */
    private static final Semaphore DECODING = new Semaphore(1, true);

    /** Why a file was refused; {@link #messageKey()} explains it to people. */
    public enum Refusal {
        EMPTY,
        TOO_LARGE,
        NOT_AN_IMAGE;

        public String messageKey() {
            return "photo.error." + name();
        }
    }

    /** A refused file. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    private PhotoCheck() {}

    /** The format recognised from the first bytes: {@code jpeg}, {@code png}, {@code webp}, or null. */
    static String format(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
            return "jpeg";
        }
        if (bytes.length >= 8
                && (bytes[0] & 0xff) == 0x89
                && bytes[1] == 'P'
                && bytes[2] == 'N'
                && bytes[3] == 'G'
                && bytes[4] == 0x0D
                && bytes[5] == 0x0A
                && bytes[6] == 0x1A
                && bytes[7] == 0x0A) {
            return "png";
        }
        if (bytes.length >= 12
                && bytes[0] == 'R'
                && bytes[1] == 'I'
                && bytes[2] == 'F'
                && bytes[3] == 'F'
                && bytes[8] == 'W'
                && bytes[9] == 'E'
                && bytes[10] == 'B'
                && bytes[11] == 'P') {
            return "webp";
        }
        return null;
    }

    /** Decodes an uploaded photo, or says why it is refused. */
    public static BufferedImage decode(byte[] bytes) throws Refused {
        if (bytes == null || bytes.length == 0) {
            throw new Refused(Refusal.EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused(Refusal.TOO_LARGE);
        }
        String format = format(bytes);
        if (format == null) {
            throw new Refused(Refusal.NOT_AN_IMAGE);
        }
        try {
            DECODING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(Refusal.NOT_AN_IMAGE);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(format);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new Refused(Refusal.NOT_AN_IMAGE);
                }
                int step = subsampling(width, height);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                long decodedPixels = (long) ((width + step - 1) / step) * ((height + step - 1) / step);
                if (decodedPixels * bytesPerPixel(reader) > MAX_DECODED_BYTES) {
                    throw new Refused(Refusal.TOO_LARGE);
                }
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new Refused(Refusal.NOT_AN_IMAGE);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            throw new Refused(Refusal.NOT_AN_IMAGE);
        } finally {
            DECODING.release();
        }
    }

    /** The width and height of a JPEG, read from its header (the pixels are not decoded). */
    public static int[] size(byte[] jpeg) throws Refused {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader reader = reader("jpeg");
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            throw new Refused(Refusal.NOT_AN_IMAGE);
        }
    }

    /** Every how many pixels an image is read so its longest side is at most {@link #MAX_DECODED_SIDE}. */
    static int subsampling(int width, int height) {
        int longest = Math.max(width, height);
        return Math.max(1, (longest + MAX_DECODED_SIDE - 1) / MAX_DECODED_SIDE);
    }

    private static long bytesPerPixel(ImageReader reader) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        int bits = types.hasNext() ? types.next().getColorModel().getPixelSize() : 32;
        // the reader may widen to 4 bytes a pixel; never count less than that
        return Math.max(4, (bits + 7) / 8);
    }

    private static ImageReader reader(String format) throws IOException {
        if ("webp".equals(format)) {
            return new WebPImageReaderSpi().createReaderInstance();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IOException("No reader for " + format);
        }
        return readers.next();
    }

    /** The image scaled to fit a square of {@code side} pixels (never enlarged), as JPEG bytes. */
    public static byte[] jpeg(BufferedImage image, int side) {
        double scale = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(target, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
