package it.wecare.factotum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoCheckTest {

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = PhotoCheckTest.class.getResourceAsStream("/photos/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] jpegOf(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }

    @Test
    void realJpegPngAndWebpImagesAreAccepted() throws Exception {
        assertThat(PhotoCheck.decode(jpegOf(120, 80)).getWidth()).isEqualTo(120);
        assertThat(PhotoCheck.decode(resource("fixture.png")).getWidth()).isEqualTo(64);
        assertThat(PhotoCheck.decode(resource("fixture.webp")).getHeight()).isEqualTo(48);
    }

    @Test
    void aSmallFileThatDecodesHugeIsReadSubsampledToAtMostTheDecodedSide() throws Exception {
        BufferedImage declared = new BufferedImage(6000, 6000, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(declared, "png", png);
        assertThat(png.size()).as("a small file").isLessThan(PhotoCheck.MAX_BYTES);

        BufferedImage decoded = PhotoCheck.decode(png.toByteArray());

        assertThat(Math.max(decoded.getWidth(), decoded.getHeight())).isLessThanOrEqualTo(PhotoCheck.MAX_DECODED_SIDE);
        assertThat(decoded.getWidth()).isEqualTo(2000);
    }

    @Test
    void theSubsamplingStepKeepsTheLongestSideWithinTheLimit() {
        assertThat(PhotoCheck.subsampling(2400, 100)).isEqualTo(1);
        assertThat(PhotoCheck.subsampling(2401, 100)).isEqualTo(2);
        assertThat(PhotoCheck.subsampling(100, 6000)).isEqualTo(3);
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        byte[] text = "<?php echo 'not a photo'; ?>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PhotoCheck.decode(text))
                .isInstanceOfSatisfying(
                        PhotoCheck.Refused.class,
                        e -> assertThat(e.reason()).isEqualTo(PhotoCheck.Refusal.NOT_AN_IMAGE));
    }

    @Test
    void aTruncatedImageIsRefused() throws Exception {
        byte[] jpeg = jpegOf(200, 200);
        byte[] truncated = Arrays.copyOf(jpeg, 40);
        assertThatThrownBy(() -> PhotoCheck.decode(truncated)).isInstanceOf(PhotoCheck.Refused.class);
    }

    @Test
    void moreThanFiveMegabytesIsRefusedAndNothingIsEmpty() {
        byte[] big = new byte[PhotoCheck.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThatThrownBy(() -> PhotoCheck.decode(big))
                .isInstanceOfSatisfying(
                        PhotoCheck.Refused.class, e -> assertThat(e.reason()).isEqualTo(PhotoCheck.Refusal.TOO_LARGE));
        assertThatThrownBy(() -> PhotoCheck.decode(new byte[0]))
                .isInstanceOfSatisfying(
                        PhotoCheck.Refused.class, e -> assertThat(e.reason()).isEqualTo(PhotoCheck.Refusal.EMPTY));
    }

    @Test
    void photosAreResizedToFitAndReEncodedAsJpeg() throws Exception {
        byte[] small = PhotoCheck.jpeg(PhotoCheck.decode(jpegOf(1200, 600)), 160);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(small));
        assertThat(read.getWidth()).isEqualTo(160);
        assertThat(read.getHeight()).isEqualTo(80);
        assertThat(PhotoCheck.format(small)).isEqualTo("jpeg");
        BufferedImage notEnlarged = ImageIO.read(
                new ByteArrayInputStream(PhotoCheck.jpeg(PhotoCheck.decode(resource("fixture.png")), 480)));
        assertThat(notEnlarged.getWidth()).isEqualTo(64);
    }
}
