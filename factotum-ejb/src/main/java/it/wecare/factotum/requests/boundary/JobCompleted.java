package it.wecare.factotum.requests.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The job is done; the client is told (and, once ratings land, invited to review it). */
public record JobCompleted(
        long requestId,
        String number,
        String clientName,
        String clientEmail,
        String language,
        String serviceName,
        String workerName,
        long workerId,
        String trackingUrl,
        LocalDate day,
        BigDecimal hours)
        implements Serializable {}
