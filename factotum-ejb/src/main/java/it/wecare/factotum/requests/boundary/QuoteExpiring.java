package it.wecare.factotum.requests.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A sent quote is about to expire unanswered: the client is reminded once. */
public record QuoteExpiring(
        long requestId,
        String number,
        String clientName,
        String clientEmail,
        String language,
        BigDecimal total,
        LocalDate validUntil,
        String trackingUrl)
        implements Serializable {}
