package it.wecare.factotum.requests.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import it.wecare.factotum.api.requests.QuoteState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteDocumentTest {

    private static QuoteView quote() {
        return quote(BigDecimal.ZERO.setScale(2));
    }

    private static QuoteView quote(BigDecimal credit) {
        return new QuoteView(
                1,
                QuoteState.SENT,
                List.of(new QuoteView.Line(
                        "Potatura siepe",
                        new BigDecimal("3"),
                        new BigDecimal("33.33"),
                        new BigDecimal("22"),
                        new BigDecimal("99.99"))),
                List.of(new QuoteView.Rate(new BigDecimal("22"), new BigDecimal("99.99"), new BigDecimal("22.00"))),
                new BigDecimal("99.99"),
                new BigDecimal("22.00"),
                new BigDecimal("121.99"),
                credit,
                new BigDecimal("121.99").subtract(credit),
                LocalDate.of(2026, 12, 11),
                Instant.parse("2026-11-26T10:00:00Z"),
                null,
                0);
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @Test
    void theItalianCopyCarriesTheRequestTheLinesTheTotalsAndTheValidity() throws Exception {
        byte[] pdf = QuoteDocument.render(
                new QuoteDocument.Heading(
                        "Cooperativa Mosaico",
                        "info@mosaico.example",
                        "011 123 4567",
                        "2026-000042",
                        "Giulia Verdi",
                        "Potatura",
                        "Via Roma 1, Torino (TO)",
                        "it"),
                quote());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text)
                .contains("Preventivo")
                .contains("2026-000042")
                .contains("Giulia Verdi")
                .contains("Potatura siepe")
                .contains("33,33")
                .contains("121,99")
                .contains("11 dicembre 2026")
                .contains("Totale, IVA inclusa")
                .doesNotContain("permuta");
    }

    @Test
    void theGoodsCreditIsItsOwnLineAfterTheTotal() throws Exception {
        String text = text(QuoteDocument.render(
                new QuoteDocument.Heading(
                        "Cooperativa Mosaico",
                        "info@mosaico.example",
                        "011 123 4567",
                        "2026-000042",
                        "Giulia Verdi",
                        "Potatura",
                        "Via Roma 1, Torino (TO)",
                        "it"),
                quote(new BigDecimal("60.00"))));
        assertThat(text)
                .contains("Valore beni in permuta")
                .contains("60,00")
                .contains("Da pagare")
                .contains("61,99");
        assertThat(text.indexOf("Totale, IVA inclusa")).isLessThan(text.indexOf("Valore beni in permuta"));
    }

    @Test
    void theEnglishCopyIsInEnglish() throws Exception {
        String text = text(QuoteDocument.render(
                new QuoteDocument.Heading(
                        "Cooperativa Mosaico",
                        "info@mosaico.example",
                        "011 123 4567",
                        "2026-000042",
                        "Jane Doe",
                        "Pruning",
                        "Via Roma 1, Torino (TO)",
                        "en"),
                quote()));
        assertThat(text)
                .contains("Quote")
                .contains("Total, VAT included")
                .contains("121.99")
                .contains("11 December 2026");
    }
}
