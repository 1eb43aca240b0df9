package it.wecare.factotum.requests.control;

import static it.wecare.factotum.api.requests.RequestAction.ACCEPT_QUOTE;
import static it.wecare.factotum.api.requests.RequestAction.ASSIGN;
import static it.wecare.factotum.api.requests.RequestAction.CANCEL;
import static it.wecare.factotum.api.requests.RequestAction.COMPLETE;
import static it.wecare.factotum.api.requests.RequestAction.DECLINE_QUOTE;
import static it.wecare.factotum.api.requests.RequestAction.EXPIRE;
import static it.wecare.factotum.api.requests.RequestAction.REJECT;
import static it.wecare.factotum.api.requests.RequestAction.SCHEDULE;
import static it.wecare.factotum.api.requests.RequestAction.SEND_QUOTE;
import static it.wecare.factotum.api.requests.RequestAction.TAKE_IN_REVIEW;
import static it.wecare.factotum.api.requests.RequestAction.WITHDRAW;
import static it.wecare.factotum.api.requests.RequestState.ACCEPTED;
import static it.wecare.factotum.api.requests.RequestState.ASSIGNED;
import static it.wecare.factotum.api.requests.RequestState.CANCELLED;
import static it.wecare.factotum.api.requests.RequestState.COMPLETED;
import static it.wecare.factotum.api.requests.RequestState.EXPIRED;
import static it.wecare.factotum.api.requests.RequestState.IN_REVIEW;
import static it.wecare.factotum.api.requests.RequestState.QUOTED;
import static it.wecare.factotum.api.requests.RequestState.REJECTED;
import static it.wecare.factotum.api.requests.RequestState.SCHEDULED;
import static it.wecare.factotum.api.requests.RequestState.SUBMITTED;

import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The request state machine: which action is allowed in which state and where it leads (DESIGN.md, "The
 * request lifecycle"; written out in docs/request-transitions.md, which a test checks against this class).
 */
public final class Lifecycle {

    private static final Map<RequestState, Map<RequestAction, RequestState>> NEXT = new EnumMap<>(RequestState.class);

    static {
        for (RequestState state : RequestState.values()) {
            NEXT.put(state, new EnumMap<>(RequestAction.class));
        }
        allow(SUBMITTED, TAKE_IN_REVIEW, IN_REVIEW);
        allow(SUBMITTED, REJECT, REJECTED);
        allow(IN_REVIEW, REJECT, REJECTED);
        allow(IN_REVIEW, ASSIGN, ASSIGNED);
        allow(ASSIGNED, SEND_QUOTE, QUOTED);
        allow(QUOTED, ACCEPT_QUOTE, ACCEPTED);
        allow(QUOTED, DECLINE_QUOTE, ASSIGNED);
        allow(QUOTED, EXPIRE, EXPIRED);
        allow(ACCEPTED, SCHEDULE, SCHEDULED);
        allow(SCHEDULED, SCHEDULE, SCHEDULED);
        allow(SCHEDULED, COMPLETE, COMPLETED);
        for (RequestState state : EnumSet.of(ASSIGNED, QUOTED, ACCEPTED, SCHEDULED)) {
            allow(state, WITHDRAW, IN_REVIEW);
        }
        for (RequestState state : RequestState.values()) {
            if (!state.isFinal()) {
                allow(state, CANCEL, CANCELLED);
            }
        }
    }

    private Lifecycle() {}

    private static void allow(RequestState from, RequestAction action, RequestState to) {
        NEXT.get(from).put(action, to);
    }

    /** Where {@code action} leads from {@code state}; empty when it is not allowed there. */
    public static Optional<RequestState> next(RequestState state, RequestAction action) {
        return Optional.ofNullable(NEXT.get(state).get(action));
    }

    /** The actions allowed in {@code state}. */
    public static Set<RequestAction> allowed(RequestState state) {
        Set<RequestAction> actions = EnumSet.noneOf(RequestAction.class);
        actions.addAll(NEXT.get(state).keySet());
        return actions;
    }
}
