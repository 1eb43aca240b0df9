package it.wecare.factotum.notifications.boundary;

import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.notifications.control.EmailKind;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.requests.boundary.JobCompleted;
import it.wecare.factotum.requests.boundary.JobNotice;
import it.wecare.factotum.requests.boundary.JobProposed;
import it.wecare.factotum.requests.boundary.JobReminder;
import it.wecare.factotum.requests.boundary.JobScheduled;
import it.wecare.factotum.requests.boundary.ProposalAnswered;
import it.wecare.factotum.requests.boundary.QuoteExpiring;
import it.wecare.factotum.requests.boundary.QuoteSent;
import it.wecare.factotum.requests.boundary.RequestChanged;
import it.wecare.factotum.requests.boundary.RequestSubmitted;
import it.wecare.factotum.requests.boundary.TrackingLinkRequested;
import it.wecare.factotum.workers.boundary.WorkerContact;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

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

    @Inject
    WorkerDirectory directory;

    @Inject
    Catalog catalog;

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

    /** The quote is ready; with the goods credit it applied, what is left to pay and the credit left. */
    void quoteSent(@Observes QuoteSent event) {
        Map<String, Object> model = new HashMap<>();
        model.put("number", event.number());
        model.put("total", euro(event.total(), event.language()));
        model.put("validUntil", shortDay(event.validUntil(), event.language()));
        model.put("trackingUrl", event.trackingUrl());
        model.put("hasCredit", event.goodsCredit().signum() > 0);
        model.put("credit", euro(event.goodsCredit(), event.language()));
        model.put("amountDue", euro(event.amountDue(), event.language()));
        model.put("creditLeft", euro(event.creditLeft(), event.language()));
        outbox.enqueue(new EmailDraft(
                EmailKind.QUOTE_READY,
                event.clientEmail(),
                event.clientName(),
                event.language(),
                model,
                RECORD_TYPE,
                event.requestId()));
    }

    void quoteExpiring(@Observes QuoteExpiring event) {
        quote(
                EmailKind.QUOTE_EXPIRING,
                event.requestId(),
                event.number(),
                event.clientName(),
                event.clientEmail(),
                event.language(),
                event.total(),
                event.validUntil(),
                event.trackingUrl());
    }

    /** An email about a sent quote: its total with IVA, its last valid day and the tracking link. */
    private void quote(
            EmailKind kind,
            long requestId,
            String number,
            String clientName,
            String clientEmail,
            String language,
            BigDecimal total,
            LocalDate validUntil,
            String trackingUrl) {
        outbox.enqueue(new EmailDraft(
                kind,
                clientEmail,
                clientName,
                language,
                Map.of(
                        "number",
                        number,
                        "total",
                        euro(total, language),
                        "validUntil",
                        shortDay(validUntil, language),
                        "trackingUrl",
                        trackingUrl),
                RECORD_TYPE,
                requestId));
    }

    void trackingLink(@Observes TrackingLinkRequested event) {
        outbox.enqueue(new EmailDraft(
                EmailKind.TRACKING_LINK,
                event.clientEmail(),
                event.clientName(),
                event.language(),
                Map.of("number", event.number(), "trackingUrl", event.trackingUrl()),
                RECORD_TYPE,
                event.requestId()));
    }

    void scheduled(@Observes JobScheduled event) {
        job(EmailKind.JOB_SCHEDULED, EmailKind.JOB_SCHEDULED_WORKER, event.job(), event.moved());
    }

    void reminder(@Observes JobReminder event) {
        job(EmailKind.JOB_REMINDER, EmailKind.JOB_REMINDER_WORKER, event.job(), false);
    }

    /** The same job told to the client (in the client's language, with the tracking link) and to the worker. */
    private void job(EmailKind toClient, EmailKind toWorker, JobNotice job, boolean moved) {
        Map<String, Object> model = new HashMap<>();
        model.put("number", job.number());
        model.put("serviceName", job.serviceName());
        model.put("place", job.place());
        model.put("start", job.start().toString());
        model.put("end", job.end().toString());
        model.put("moved", moved);
        if (job.clientEmail() != null) {
            Map<String, Object> client = new HashMap<>(model);
            client.put("day", longDay(job.date(), job.language()));
            client.put("workerName", job.workerName());
            client.put("trackingUrl", job.trackingUrl());
            outbox.enqueue(new EmailDraft(
                    toClient,
                    job.clientEmail(),
                    job.clientName(),
                    job.language(),
                    client,
                    RECORD_TYPE,
                    job.requestId()));
        }
        if (job.workerEmail() != null) {
            Map<String, Object> worker = new HashMap<>(model);
            worker.put("day", longDay(job.date(), "it"));
            worker.put("clientName", job.clientName());
            worker.put("workerUrl", WORKER_AREA.get());
            outbox.enqueue(new EmailDraft(
                    toWorker, job.workerEmail(), job.workerName(), "it", worker, RECORD_TYPE, job.requestId()));
        }
    }

    void completed(@Observes JobCompleted event) {
        if (event.clientEmail() != null) {
            outbox.enqueue(new EmailDraft(
                    EmailKind.JOB_COMPLETED,
                    event.clientEmail(),
                    event.clientName(),
                    event.language(),
                    Map.of(
                            "number", event.number(),
                            "serviceName", event.serviceName(),
                            "workerName", event.workerName(),
                            "trackingUrl", event.trackingUrl()),
                    RECORD_TYPE,
                    event.requestId()));
        }
    }

    /** The worker hears of a proposed job, with the link to read it and answer. */
    void proposed(@Observes JobProposed event) {
        WorkerContact worker = directory.contacts(List.of(event.workerId())).get(event.workerId());
        if (worker == null || worker.email() == null) {
            return; // a worker without email hears of it by phone; the operator records the answer
        }
        String lang = "en".equals(worker.language()) ? "en" : "it";
        Map<String, Object> model = new HashMap<>();
        model.put("number", event.number());
        model.put("serviceName", catalog.subcategoryNames(lang).getOrDefault(event.serviceCode(), event.serviceName()));
        model.put("place", event.place());
        model.put("days", days(event.earliest(), event.latest(), lang));
        model.put("description", event.description());
        model.put("answerUrl", event.answerUrl());
        model.put("answerBy", AccountEmails.when(event.answerBy(), lang));
        model.put("workerUrl", WORKER_AREA.get());
        outbox.enqueue(new EmailDraft(
                EmailKind.JOB_PROPOSED, worker.email(), worker.name(), lang, model, RECORD_TYPE, event.requestId()));
    }

    /** Operators hear that a worker accepted, declined or let a proposal lapse. */
    void answered(@Observes ProposalAnswered event) {
        EmailKind kind = switch (event.outcome()) {
            case ACCEPTED -> EmailKind.PROPOSAL_ACCEPTED;
            case DECLINED -> EmailKind.PROPOSAL_DECLINED;
            case TIMED_OUT -> EmailKind.PROPOSAL_LAPSED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        String requestUrl = ActionLinks.publicUrl() + "/backoffice/request.xhtml?id=" + event.requestId();
        for (AccountSummary operator : accounts.activeWith(Role.OPERATOR)) {
            Map<String, Object> model = new HashMap<>();
            model.put("number", event.number());
            model.put("workerName", event.workerName());
            model.put("note", event.reason() == null ? "" : event.reason());
            model.put("requestUrl", requestUrl);
            outbox.enqueue(new EmailDraft(
                    kind,
                    operator.email(),
                    operator.displayName(),
                    operator.language(),
                    model,
                    RECORD_TYPE,
                    event.requestId()));
        }
    }

    /** "giovedì 3 dicembre 2026", or "dal 3/12/2026 al 5/12/2026" for a window. */
    static String days(LocalDate earliest, LocalDate latest, String language) {
        if (latest == null || latest.equals(earliest)) {
            return longDay(earliest, language);
        }
        return "en".equals(language)
                ? "between " + shortDay(earliest, language) + " and " + shortDay(latest, language)
                : "tra il " + shortDay(earliest, language) + " e il " + shortDay(latest, language);
    }

    private static final Supplier<String> WORKER_AREA = () -> ActionLinks.publicUrl() + "/worker/index.xhtml";

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.UK : Locale.ITALY;
    }

    static String euro(BigDecimal amount, String language) {
        NumberFormat euro = NumberFormat.getCurrencyInstance(locale(language));
        euro.setCurrency(Currency.getInstance("EUR"));
        return euro.format(amount);
    }

    static String shortDay(LocalDate day, String language) {
        return DateTimeFormatter.ofPattern("en".equals(language) ? "d MMM yyyy" : "dd/MM/yyyy", locale(language))
                .format(day);
    }

    static String longDay(LocalDate day, String language) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale(language)).format(day);
    }

    void changed(@Observes RequestChanged event) {
        if (event.action() == RequestAction.EXPIRE && event.clientEmail() != null) {
            outbox.enqueue(new EmailDraft(
                    EmailKind.QUOTE_EXPIRED,
                    event.clientEmail(),
                    event.clientName(),
                    event.language(),
                    Map.of("number", event.number()),
                    RECORD_TYPE,
                    event.requestId()));
        }
        if (event.action() == RequestAction.CANCEL && event.workerId() != null) {
            WorkerContact worker = directory.contacts(List.of(event.workerId())).get(event.workerId());
            if (worker != null && worker.email() != null) {
                outbox.enqueue(new EmailDraft(
                        EmailKind.JOB_CANCELLED_WORKER,
                        worker.email(),
                        worker.name(),
                        worker.language(),
                        Map.of(
                                "number", event.number(),
                                "note", event.note() == null ? "" : event.note(),
                                "workerUrl", WORKER_AREA.get()),
                        RECORD_TYPE,
                        event.requestId()));
            }
        }
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
