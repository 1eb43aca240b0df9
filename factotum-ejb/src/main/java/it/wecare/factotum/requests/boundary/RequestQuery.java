package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestState;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the operators' queue; null means any.
 *
 * @param state one state, or null for every open one (the queue's default)
 * @param allStates true to show closed requests too when no state is chosen
 * @param service a category or subcategory code
 * @param comune an ISTAT code
 * @param from received on or after this day
 * @param to received on or before this day
 * @param channel web, phone, desk…
 * @param text a request number, or part of the client's name or email
 */
public record RequestQuery(
        RequestState state,
        boolean allStates,
        String service,
        String comune,
        LocalDate from,
        LocalDate to,
        Channel channel,
        String text)
        implements Serializable {}
