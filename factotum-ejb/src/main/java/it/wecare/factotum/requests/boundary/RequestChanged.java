package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;

/** A request moved through its lifecycle; notifications, ratings and reporting observe it. */
public record RequestChanged(
        long requestId,
        String number,
        RequestAction action,
        RequestState from,
        RequestState to,
        String note,
        String clientName,
        String clientEmail,
        String language) {}
