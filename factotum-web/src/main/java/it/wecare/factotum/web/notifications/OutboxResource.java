package it.wecare.factotum.web.notifications;

import it.wecare.factotum.api.notifications.OutboxApi;
import it.wecare.factotum.api.notifications.OutboxEntry;
import it.wecare.factotum.notifications.boundary.Outbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

@RequestScoped
public class OutboxResource implements OutboxApi {

    @Inject
    Outbox outbox;

    @Override
    public List<OutboxEntry> list(String status, String recipient, int limit) {
        return outbox.page(status, recipient, 0, limit).items().stream()
                .map(e -> new OutboxEntry(
                        e.id(),
                        e.messageId(),
                        e.kind(),
                        e.recipient(),
                        e.language(),
                        e.subject(),
                        e.status(),
                        e.attempts(),
                        e.createdAt(),
                        e.nextAttemptAt(),
                        e.sentAt(),
                        e.lastError()))
                .toList();
    }
}
