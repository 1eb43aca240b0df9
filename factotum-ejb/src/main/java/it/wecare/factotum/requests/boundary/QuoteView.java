package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.QuoteState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote as the operator and the client see it, with its totals per IVA rate, and the goods credit applied
 * after IVA ({@code goodsCredit}, zero for none) and what the client pays ({@code amountDue}).
 */
public record QuoteView(
        long id,
        QuoteState state,
        List<Line> lines,
        List<Rate> rates,
        BigDecimal net,
        BigDecimal iva,
        BigDecimal total,
        BigDecimal goodsCredit,
        BigDecimal amountDue,
        LocalDate validUntil,
        Instant sentAt,
        String answerReason,
        long version)
        implements Serializable {

    public QuoteView {
        lines = List.copyOf(lines);
        rates = List.copyOf(rates);
    }

    /** A line with its net amount. */
    public record Line(
            String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal ivaRate, BigDecimal net)
            implements Serializable {}

    /** The taxable amount and IVA of one rate. */
    public record Rate(BigDecimal rate, BigDecimal taxable, BigDecimal iva) implements Serializable {}
}
