package it.wecare.factotum.requests.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.QuoteState;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.requests.control.DateWish;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private static Quote quote() {
        QuoteRequest request = new QuoteRequest(
                Channel.WEB,
                "potatura",
                "Potare la siepe.",
                "001272",
                "Via Po 10",
                DateWish.exact(LocalDate.of(2026, 12, 3), TimeOfDay.ANY, LocalDate.of(2026, 11, 26)),
                null,
                null,
                new QuoteRequest.Client("Giulia Verdi", "giulia@example.org", null, null, "it"),
                "2026-11",
                "giulia@example.org",
                NOW);
        return new Quote(request, NOW);
    }

    private static Quote.Line line(String description, String quantity, String price, String rate) {
        return new Quote.Line(description, new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(rate));
    }

    @Test
    void writingADraftComputesItsTotals() {
        Quote quote = quote();
        quote.write(
                List.of(line("Manodopera", "3", "33.33", "22"), line("Materiali", "1", "12.345", "10")),
                LocalDate.of(2026, 12, 11));
        assertThat(quote.getNet()).isEqualByComparingTo("112.34");
        assertThat(quote.getIva()).isEqualByComparingTo("23.24"); // 22.00 + 1.24
        assertThat(quote.getTotal()).isEqualByComparingTo("135.58");
        assertThat(quote.getLines()).extracting(QuoteLine::getLineNo).containsExactly(1, 2);
        quote.write(List.of(line("Manodopera", "1", "10", "22")), LocalDate.of(2026, 12, 11));
        assertThat(quote.getLines()).hasSize(1);
        assertThat(quote.getTotal()).isEqualByComparingTo("12.20");
    }

    @Test
    void aSentQuoteCannotChangeAndIsAnsweredOnce() {
        Quote quote = quote();
        assertThatThrownBy(() -> quote.send(BigDecimal.ZERO, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> quote.write(List.of(), LocalDate.of(2026, 12, 11)))
                .isInstanceOf(IllegalArgumentException.class);
        quote.write(List.of(line("Manodopera", "2", "25", "22")), LocalDate.of(2026, 12, 11));
        quote.send(BigDecimal.ZERO, NOW);
        assertThat(quote.getState()).isEqualTo(QuoteState.SENT);
        assertThatThrownBy(() -> quote.write(List.of(line("Altro", "1", "1", "22")), LocalDate.of(2026, 12, 11)))
                .isInstanceOf(IllegalStateException.class);
        quote.decline("Troppo caro", NOW.plusSeconds(60));
        assertThat(quote.getState()).isEqualTo(QuoteState.DECLINED);
        assertThat(quote.getAnswerReason()).isEqualTo("Troppo caro");
        assertThatThrownBy(() -> quote.accept(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theGoodsCreditComesAfterIvaAndNeverAboveTheTotal() {
        Quote quote = quote();
        quote.write(List.of(line("Sgombero", "4", "100", "22")), LocalDate.of(2026, 12, 11));
        assertThatThrownBy(() -> quote.send(new BigDecimal("488.01"), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(quote.getState()).isEqualTo(QuoteState.DRAFT);
        quote.send(new BigDecimal("150"), NOW);
        assertThat(quote.getNet()).isEqualByComparingTo("400.00");
        assertThat(quote.getIva()).isEqualByComparingTo("88.00"); // IVA on the whole taxable amount
        assertThat(quote.getTotal()).isEqualByComparingTo("488.00");
        assertThat(quote.getGoodsCredit()).isEqualByComparingTo("150.00");
        assertThat(quote.getAmountDue()).isEqualByComparingTo("338.00");
    }
}
