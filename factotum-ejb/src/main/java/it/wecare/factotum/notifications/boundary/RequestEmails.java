package it.wecare.factotum.notifications.boundary;

import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.notifications.control.EmailKind;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.requests.boundary.QuoteSent;
import it.wecare.factotum.requests.boundary.RequestChanged;
import it.wecare.factotum.requests.boundary.RequestSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * The emails of quote requests, written to the outbox in the transaction of the change: the client's
 * confirmation with the tracking link, the operators' notice of a new request, the client's notice of a
 * rejection or cancellation with its reason.
 */
@ApplicationScoped
public class RequestEmails {

    static final String RECORD_TYPE = "QuoteRequest";

    @Inject
    Outbox outbox;

    @Inject
    Accounts accounts;

    void submitted(@Observes RequestSubmitted event) {
        if (event.clientEmail() != null) {
            outbox.enqueue(new EmailDraft(
                    EmailKind.REQUEST_RECEIVED,
                    event.clientEmail(),
                    event.clientName(),
                    event.language(),
                    Map.of(
                            "number", event.number(),
                            "serviceName", event.serviceName(),
                            "trackingUrl", event.trackingUrl()),
                    RECORD_TYPE,
                    event.requestId()));
        }
        String requestUrl = ActionLinks.publicUrl() + "/backoffice/request.xhtml?id=" + event.requestId();
        for (AccountSummary operator : accounts.activeWith(Role.OPERATOR)) {
            outbox.enqueue(new EmailDraft(
                    EmailKind.REQUEST_NEW,
                    operator.email(),
                    operator.displayName(),
                    operator.language(),
                    Map.of(
                            "number", event.number(),
                            "serviceName", event.serviceName(),
                            "clientName", event.clientName(),
                            "requestUrl", requestUrl),
                    RECORD_TYPE,
                    event.requestId()));
        }
    }

    void quoteSent(@Observes QuoteSent event) {
        java.util.Locale locale = "en".equals(event.language()) ? java.util.Locale.UK : java.util.Locale.ITALY;
        java.text.NumberFormat euro = java.text.NumberFormat.getCurrencyInstance(locale);
        euro.setCurrency(java.util.Currency.getInstance("EUR"));
        String day = java.time.format.DateTimeFormatter.ofPattern(
                        "en".equals(event.language()) ? "d MMM yyyy" : "dd/MM/yyyy", locale)
                .format(event.validUntil());
        outbox.enqueue(new EmailDraft(
                EmailKind.QUOTE_READY,
                event.clientEmail(),
                event.clientName(),
                event.language(),
                Map.of(
                        "number", event.number(),
                        "total", euro.format(event.total()),
                        "validUntil", day,
                        "trackingUrl", event.trackingUrl()),
                RECORD_TYPE,
                event.requestId()));
    }

    void changed(@Observes RequestChanged event) {
        boolean closedWithReason = event.action() == RequestAction.REJECT || event.action() == RequestAction.CANCEL;
        if (closedWithReason && event.clientEmail() != null) {
            Map<String, Object> model = new HashMap<>();
            model.put("number", event.number());
            model.put("note", event.note() == null ? "" : event.note());
            model.put("rejected", event.action() == RequestAction.REJECT);
            model.put("cancelled", event.action() == RequestAction.CANCEL);
            outbox.enqueue(new EmailDraft(
                    EmailKind.REQUEST_CLOSED,
                    event.clientEmail(),
                    event.clientName(),
                    event.language(),
                    model,
                    RECORD_TYPE,
                    event.requestId()));
        }
    }
}
