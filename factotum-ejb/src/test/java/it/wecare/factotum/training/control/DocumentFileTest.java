package it.wecare.factotum.training.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A document is known by its first bytes; its name keeps no folder and nothing a header trips on. */
class DocumentFileTest {

    @Test
    void aPdfAJpegAndAPngAreKnownByTheirFirstBytesAndNothingElseIsAccepted() {
        assertThat(DocumentFile.contentType("%PDF-1.7\n…".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("application/pdf");
        assertThat(DocumentFile.contentType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains("image/jpeg");
        assertThat(DocumentFile.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .contains("image/png");
        // a script named .pdf, a Word file, a truncated PNG signature, nothing at all
        assertThat(DocumentFile.contentType("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(DocumentFile.contentType(new byte[] {0x50, 0x4B, 0x03, 0x04}))
                .isEmpty();
        assertThat(DocumentFile.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .isEmpty();
        assertThat(DocumentFile.contentType(new byte[0])).isEmpty();
        assertThat(DocumentFile.contentType(null)).isEmpty();
    }

    @Test
    void theNameKeptHasNoFolderNoControlCharactersAndAtMost120CharactersWithItsExtension() {
        assertThat(DocumentFile.safeName("C:\\Users\\edu\\Progetto firmato.pdf", "x"))
                .isEqualTo("Progetto firmato.pdf");
        assertThat(DocumentFile.safeName("../../etc/passwd", "x")).isEqualTo("passwd");
        assertThat(DocumentFile.safeName("progetto\"; filename=evil.pdf", "x"))
                .isEqualTo("progetto__ filename_evil.pdf");
        assertThat(DocumentFile.safeName("Attestazione è già firmata.pdf", "x"))
                .isEqualTo("Attestazione è già firmata.pdf");
        assertThat(DocumentFile.safeName("...", "signed_project")).isEqualTo("signed_project");
        assertThat(DocumentFile.safeName(null, "signed_project")).isEqualTo("signed_project");
        String longName = DocumentFile.safeName("a".repeat(300) + ".pdf", "x");
        assertThat(longName).hasSize(120).endsWith(".pdf");
    }

    @Test
    void theDigestIsTheSha256OfTheContentInHex() {
        assertThat(DocumentFile.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
