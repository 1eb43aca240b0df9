package it.wecare.factotum.requests.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A new request was received; notifications write the emails in the same transaction. */
public record RequestSubmitted(
        long requestId,
        String number,
        String clientName,
        String clientEmail,
        String language,
        String serviceName,
        String trackingUrl,
        Instant trackingExpiresAt)
        implements Serializable {}
