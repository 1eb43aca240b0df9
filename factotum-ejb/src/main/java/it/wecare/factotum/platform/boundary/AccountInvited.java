package it.wecare.factotum.platform.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * An account was created by invitation: the person chooses a password through the link. Fired inside
 * the inviting transaction; the notifications capability turns it into an email in the same transaction.
 */
public record AccountInvited(
        long accountId, String email, String displayName, String language, String link, Instant expiresAt)
        implements Serializable {}
