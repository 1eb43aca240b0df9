package it.wecare.factotum.requests.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A job was proposed to a worker, who answers in the worker area or from the emailed link by
 * {@code answerBy} (after that the proposal lapses).
 *
 * @param serviceName the service's Italian name ({@code serviceCode} gives it in other languages)
 * @param answerUrl the link to accept or decline (acts only after a confirming click)
 */
public record JobProposed(
        long assignmentId,
        long requestId,
        String number,
        long workerId,
        String serviceCode,
        String serviceName,
        String place,
        LocalDate earliest,
        LocalDate latest,
        String description,
        String answerUrl,
        Instant answerBy)
        implements Serializable {}
