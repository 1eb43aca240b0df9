package it.wecare.factotum.web.notifications;

import it.wecare.factotum.notifications.boundary.EmailContent;
import it.wecare.factotum.notifications.boundary.Mailer;
import it.wecare.factotum.notifications.boundary.Outbox;
import it.wecare.factotum.notifications.boundary.OutboxRecord;
import it.wecare.factotum.web.platform.PagedModel;
import it.wecare.factotum.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;

/** The operators' view of the outbox: what is waiting, sent or failed, a preview of each, and retry. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    @Inject
    Mailer mailer;

    private String status;
    private String recipient;
    private Map<String, Long> counts;
    private EmailContent preview;

    private final LazyDataModel<OutboxRecord> emails = new PagedModel<>(
            (first, size, sort) -> outbox.page(statusFilter(), recipient, first, size), e -> String.valueOf(e.id()));

    @PostConstruct
    void init() {
        counts = outbox.countByStatus();
    }

    String statusFilter() {
        return status == null || status.isBlank() ? null : status;
    }

    public void refresh() {
        counts = outbox.countByStatus();
    }

    public void showPreview(OutboxRecord email) {
        preview = outbox.content(email.id());
    }

    public void retry(OutboxRecord email) {
        if (outbox.retry(email.id())) {
            Messages.create(Texts.get("outbox.retried", email.recipient())).add();
        } else {
            Messages.create(Texts.get("outbox.notRetried")).warn().add();
        }
        refresh();
    }

    public long count(String state) {
        return counts.getOrDefault(state, 0L);
    }

    /** In demo mode without SMTP, this page is the demo mailbox: nothing leaves the server. */
    public boolean isDemoMailbox() {
        return Mailer.DEMO_MAILBOX.equals(mailer.transport());
    }

    public List<String> getStatuses() {
        return List.of("PENDING", "SENDING", "SENT", "FAILED");
    }

    public LazyDataModel<OutboxRecord> getEmails() {
        return emails;
    }

    public EmailContent getPreview() {
        return preview;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
