package it.wecare.factotum.api.requests;

import java.io.Serializable;

/**
 * A request received: its number (the client also gets it by email, with the tracking link), and whether
 * this call created it or repeated an earlier call with the same {@code Idempotency-Key}.
 */
public record RequestReceipt(String number, RequestState state, boolean created) implements Serializable {}
