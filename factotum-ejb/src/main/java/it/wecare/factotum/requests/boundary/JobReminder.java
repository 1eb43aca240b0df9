package it.wecare.factotum.requests.boundary;

import java.time.LocalDate;
import java.time.LocalTime;

/** Tomorrow's job: the client and the worker are reminded (once per job date, whichever node's timer fires). */
public record JobReminder(
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
        String trackingUrl) {}
