package it.wecare.factotum.platform.boundary;

import java.io.Serializable;
import java.time.Instant;

/** Someone asked to reset the password of an account; the link lets them choose a new one. */
public record PasswordResetRequested(
        long accountId, String email, String displayName, String language, String link, Instant expiresAt)
        implements Serializable {}
