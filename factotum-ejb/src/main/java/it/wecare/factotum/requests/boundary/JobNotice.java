package it.wecare.factotum.requests.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A job as the emails about it tell it to the client and the worker. {@code clientEmail} and
 * {@code trackingUrl} are null for a client without email, {@code workerEmail} for a worker without one.
 */
public record JobNotice(
        long requestId,
        String number,
        String clientName,
        String clientEmail,
        String language,
        String serviceName,
        String place,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String workerName,
        String workerEmail,
        String trackingUrl)
        implements Serializable {}
