package it.wecare.factotum.requests.boundary;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A job's date was fixed (or moved): the client and the worker are told. {@code clientEmail} and
 * {@code trackingUrl} are null for a client without email, {@code workerEmail} for a worker without one.
 */
public record JobScheduled(
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
        String trackingUrl,
        boolean moved) {}
