package it.wecare.factotum.platform.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the password page shows for a usable link.
 *
 * @param invitation true for a first password (invitation), false for a reset
 * @param email the account's email
 * @param displayName the person's name
 * @param language the person's language
 * @param expiresAt when the link stops working
 */
public record PasswordLink(boolean invitation, String email, String displayName, String language, Instant expiresAt)
        implements Serializable {}
