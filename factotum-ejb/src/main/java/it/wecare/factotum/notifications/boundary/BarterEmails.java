package it.wecare.factotum.notifications.boundary;

import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.barter.boundary.GoodsAnswered;
import it.wecare.factotum.barter.boundary.GoodsOffered;
import it.wecare.factotum.barter.boundary.GoodsValued;
import it.wecare.factotum.notifications.control.EmailKind;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.ActionLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The emails of goods in exchange, written to the outbox in the transaction of the change: the client hears
 * the valuation (each item's value or why it was not accepted); operators hear of goods offered after the
 * request, and of the client accepting the valuation or withdrawing the offer.
 */
@ApplicationScoped
public class BarterEmails {

    @Inject
    Outbox outbox;

    @Inject
    Accounts accounts;

    void valued(@Observes GoodsValued event) {
        String language = event.language();
        List<Map<String, Object>> lines = event.lines().stream()
                .map(l -> {
                    Map<String, Object> line = new HashMap<>();
                    line.put(
                            "description", l.quantity() > 1 ? l.quantity() + " × " + l.description() : l.description());
                    line.put("accepted", l.value() != null);
                    line.put("value", l.value() == null ? "" : RequestEmails.euro(l.value(), language));
                    line.put("reason", l.reason() == null ? "" : l.reason());
                    line.put("inspection", l.inspection());
                    return line;
                })
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("number", event.number());
        model.put("lines", lines);
        model.put("total", RequestEmails.euro(event.total(), language));
        model.put("trackingUrl", event.trackingUrl());
        outbox.enqueue(new EmailDraft(
                EmailKind.GOODS_VALUED,
                event.clientEmail(),
                event.clientName(),
                language,
                model,
                RequestEmails.RECORD_TYPE,
                event.requestId()));
    }

    void offered(@Observes GoodsOffered event) {
        toOperators(
                EmailKind.GOODS_OFFERED,
                event.requestId(),
                Map.of(
                        "number", event.number(),
                        "clientName", event.clientName(),
                        "items", event.items(),
                        "pickUp", event.pickUp()));
    }

    void answered(@Observes GoodsAnswered event) {
        toOperators(
                event.accepted() ? EmailKind.GOODS_ACCEPTED : EmailKind.GOODS_WITHDRAWN,
                event.requestId(),
                Map.of(
                        "number", event.number(),
                        "clientName", event.clientName(),
                        "credit", event.credit(),
                        "pickUp", event.pickUp()));
    }

    private void toOperators(EmailKind kind, long requestId, Map<String, Object> facts) {
        String requestUrl = ActionLinks.publicUrl() + "/backoffice/request.xhtml?id=" + requestId;
        for (AccountSummary operator : accounts.activeWith(Role.OPERATOR)) {
            Map<String, Object> model = new HashMap<>(facts);
            model.put("requestUrl", requestUrl);
            if (facts.get("credit") instanceof BigDecimal credit) {
                model.put("credit", RequestEmails.euro(credit, operator.language()));
            }
            outbox.enqueue(new EmailDraft(
                    kind,
                    operator.email(),
                    operator.displayName(),
                    operator.language(),
                    model,
                    RequestEmails.RECORD_TYPE,
                    requestId));
        }
    }
}
