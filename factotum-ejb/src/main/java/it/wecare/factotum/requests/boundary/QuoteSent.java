package it.wecare.factotum.requests.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A quote was sent to the client; notifications write the email in the same transaction. */
public record QuoteSent(
        long requestId,
        String number,
        String clientName,
        String clientEmail,
        String language,
        BigDecimal total,
        LocalDate validUntil,
        String trackingUrl) {}
