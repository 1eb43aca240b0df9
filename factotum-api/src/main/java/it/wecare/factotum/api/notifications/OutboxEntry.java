package it.wecare.factotum.api.notifications;

import java.io.Serializable;
import java.time.Instant;

/**
 * An email in the outbox, without its body.
 *
 * @param id the outbox id
 * @param messageId the Message-ID it is (and will be) sent with
 * @param kind what kind of email, e.g. ACCOUNT_INVITATION
 * @param recipient the address
 * @param language it or en
 * @param subject the subject
 * @param status PENDING, SENDING, SENT or FAILED
 * @param attempts delivery attempts so far
 * @param createdAt when it entered the outbox
 * @param nextAttemptAt when it is tried next, while pending
 * @param sentAt when the SMTP server accepted it
 * @param lastError why the last attempt failed
 */
public record OutboxEntry(
        long id,
        String messageId,
        String kind,
        String recipient,
        String language,
        String subject,
        String status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError)
        implements Serializable {}
