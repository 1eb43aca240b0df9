package it.wecare.factotum.ratings.boundary;

import java.io.Serializable;

/** A job is done: the client is invited to review it (notifications write the email). */
public record ReviewInvited(
        long requestId,
        String number,
        String clientName,
        String clientEmail,
        String language,
        String serviceName,
        String workerName,
        String reviewUrl)
        implements Serializable {}
