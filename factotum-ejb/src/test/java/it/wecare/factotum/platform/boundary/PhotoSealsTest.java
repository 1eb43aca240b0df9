package it.wecare.factotum.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.platform.control.PhotoCheck;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoSealsTest {

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aPreparedPhotoIsKeptAsItIsWithoutDecodingItAgain() throws Exception {
        PhotoSeals seals = new PhotoSeals();
        PreparedPhoto prepared = seals.prepare(png(2000, 1000), 1600, 240);

        KeptPhoto kept = seals.keep(prepared.kept(), 1600);

        assertThat(seals.open(prepared.kept())).hasValue(kept.jpeg());
        assertThat(kept.width()).isEqualTo(1600);
        assertThat(kept.height()).isEqualTo(800);
        assertThat(PhotoCheck.size(prepared.preview())).containsExactly(240, 120);
    }

    @Test
    void aTamperedOrForeignSealIsDecodedAsAnyUpload() throws Exception {
        PhotoSeals seals = new PhotoSeals();
        byte[] sealed = seals.prepare(png(800, 600), 1600, 240).kept();
        byte[] tampered = sealed.clone();
        tampered[10] ^= 1;
        assertThat(seals.open(tampered)).isEmpty();
        assertThat(new PhotoSeals().open(sealed)).as("another node's key").isEmpty();

        // what is not ours is checked and re-encoded: a real image is kept, anything else refused
        assertThat(seals.keep(png(800, 600), 1600).width()).isEqualTo(800);
        assertThatThrownBy(() -> seals.keep("not an image".getBytes(), 1600)).isInstanceOf(PhotoCheck.Refused.class);
    }
}
