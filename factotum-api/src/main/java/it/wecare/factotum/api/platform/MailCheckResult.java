package it.wecare.factotum.api.platform;

import java.io.Serializable;
import java.time.Instant;

/**
 * A test email the SMTP server accepted.
 *
 * @param recipient the address it went to
 * @param messageId its Message-ID header
 * @param sentAt when the SMTP server accepted it
 */
public record MailCheckResult(String recipient, String messageId, Instant sentAt) implements Serializable {}
