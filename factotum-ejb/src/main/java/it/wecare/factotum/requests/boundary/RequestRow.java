package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestState;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One line of the operators' queue. */
public record RequestRow(
        long id,
        String number,
        RequestState state,
        Channel channel,
        String serviceName,
        String comuneLabel,
        String clientName,
        LocalDate earliest,
        LocalDate latest,
        Instant createdAt)
        implements Serializable {}
