package it.wecare.factotum.requests.boundary;

import java.io.Serializable;

/**
 * A request received: its number, and whether it was this submission that created it (a second
 * submission of the same form answers the first request again).
 */
public record Submitted(long id, String number, boolean created) implements Serializable {}
