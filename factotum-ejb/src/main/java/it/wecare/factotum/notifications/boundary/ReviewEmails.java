package it.wecare.factotum.notifications.boundary;

import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.notifications.control.EmailKind;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.ratings.boundary.ReviewFlagged;
import it.wecare.factotum.ratings.boundary.ReviewHidden;
import it.wecare.factotum.ratings.boundary.ReviewInvited;
import it.wecare.factotum.ratings.boundary.ReviewPublished;
import it.wecare.factotum.workers.boundary.WorkerContact;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The emails of reviews, written to the outbox in the transaction of the change: the client's invitation
 * after the job, the worker's notice of a published review, the operators' notice of a review held by the
 * checks, of two stars or fewer, or hidden.
 */
@ApplicationScoped
public class ReviewEmails {

    static final String REVIEWS_PAGE = "/backoffice/reviews.xhtml";

    @Inject
    Outbox outbox;

    @Inject
    Accounts accounts;

    @Inject
    WorkerDirectory directory;

    void invited(@Observes ReviewInvited event) {
        Map<String, Object> model = new HashMap<>();
        model.put("number", event.number());
        model.put("serviceName", event.serviceName());
        model.put("workerName", event.workerName());
        model.put("reviewUrl", event.reviewUrl());
        outbox.enqueue(new EmailDraft(
                EmailKind.REVIEW_INVITATION,
                event.clientEmail(),
                event.clientName(),
                event.language(),
                model,
                RequestEmails.RECORD_TYPE,
                event.requestId()));
    }

    void published(@Observes ReviewPublished event) {
        WorkerContact worker = directory.contacts(List.of(event.workerId())).get(event.workerId());
        if (worker == null || worker.email() == null) {
            return;
        }
        outbox.enqueue(new EmailDraft(
                EmailKind.REVIEW_RECEIVED,
                worker.email(),
                worker.name(),
                worker.language(),
                Map.of(
                        "number", event.number(),
                        "stars", String.valueOf(event.stars()),
                        "serviceName", event.serviceName(),
                        "workerUrl", ActionLinks.publicUrl() + "/worker/index.xhtml"),
                RequestEmails.RECORD_TYPE,
                event.requestId()));
    }

    void flagged(@Observes ReviewFlagged event) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("number", event.number());
        facts.put("stars", String.valueOf(event.stars()));
        facts.put("heldFor", event.heldFor() == null ? "" : event.heldFor());
        toOperators(event.heldFor() != null ? EmailKind.REVIEW_HELD : EmailKind.REVIEW_LOW, event.requestId(), facts);
    }

    void hidden(@Observes ReviewHidden event) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("number", event.number());
        facts.put("policy", event.reason());
        facts.put("note", event.note() == null ? "" : event.note());
        facts.put("by", event.by());
        toOperators(EmailKind.REVIEW_HIDDEN, event.requestId(), facts);
    }

    private void toOperators(EmailKind kind, long requestId, Map<String, Object> facts) {
        for (AccountSummary operator : accounts.activeWith(Role.OPERATOR)) {
            Map<String, Object> model = new HashMap<>(facts);
            model.put("reviewsUrl", ActionLinks.publicUrl() + REVIEWS_PAGE);
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
