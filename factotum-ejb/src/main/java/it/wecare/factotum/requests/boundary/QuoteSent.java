package it.wecare.factotum.requests.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A quote was sent to the client; notifications write the email in the same transaction.
 *
 * @param goodsCredit the goods credit the quote applied (zero for none)
 * @param amountDue what the client pays: the total minus the credit
 * @param creditLeft the client's credit left for a later job
 */
public record QuoteSent(
        long requestId,
        String number,
        String clientName,
        String clientEmail,
        String language,
        BigDecimal total,
        BigDecimal goodsCredit,
        BigDecimal amountDue,
        BigDecimal creditLeft,
        LocalDate validUntil,
        String trackingUrl)
        implements Serializable {}
