package it.wecare.factotum.api.requests;

/** What can happen to a quote request; which action is allowed in which state is in docs/request-transitions.md. */
public enum RequestAction {
    TAKE_IN_REVIEW,
    REJECT,
    ASSIGN,
    WITHDRAW,
    SEND_QUOTE,
    ACCEPT_QUOTE,
    DECLINE_QUOTE,
    EXPIRE,
    SCHEDULE,
    COMPLETE,
    CANCEL
}
