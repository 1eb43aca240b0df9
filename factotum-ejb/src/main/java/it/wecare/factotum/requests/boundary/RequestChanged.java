package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import java.io.Serializable;

/**
 * A request moved through its lifecycle; notifications, ratings and reporting observe it. {@code workerId}
 * is the worker who held the job when it moved (proposed or accepted), or null; {@code organisationCode} the
 * partner organisation of the worker who last held it (null for none, or the cooperative's own).
 */
public record RequestChanged(
        long requestId,
        String number,
        RequestAction action,
        RequestState from,
        RequestState to,
        String note,
        String clientName,
        String clientEmail,
        String language,
        Long workerId,
        String organisationCode)
        implements Serializable {}
