package it.wecare.factotum.notifications.boundary;

import java.io.Serializable;

/** The rendered content of one outbox email, for previews and for delivery. */
public record EmailContent(
        long id,
        String messageId,
        String recipient,
        String recipientName,
        String language,
        String subject,
        String text,
        String html)
        implements Serializable {}
