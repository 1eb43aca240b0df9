package it.wecare.factotum.api.requests;

/** A quote: being written, sent to the client, accepted, declined, or expired unanswered. */
public enum QuoteState {
    DRAFT,
    SENT,
    ACCEPTED,
    DECLINED,
    EXPIRED
}
