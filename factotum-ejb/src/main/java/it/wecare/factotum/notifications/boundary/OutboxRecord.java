package it.wecare.factotum.notifications.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * An outbox email as the back-office lists it (without the bodies); {@code contentShown} says whether the
 * caller may open its preview.
 */
public record OutboxRecord(
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
        String lastError,
        String transport,
        String relatedType,
        String relatedId,
        boolean contentShown)
        implements Serializable {

    public boolean isFailed() {
        return "FAILED".equals(status);
    }

    public boolean isPending() {
        return "PENDING".equals(status);
    }
}
