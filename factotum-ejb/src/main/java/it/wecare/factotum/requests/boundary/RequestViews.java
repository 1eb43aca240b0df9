package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.requests.control.DateWish;
import it.wecare.factotum.requests.control.JobSlot;
import it.wecare.factotum.requests.control.Lifecycle;
import it.wecare.factotum.requests.entity.Assignment;
import it.wecare.factotum.requests.entity.Quote;
import it.wecare.factotum.requests.entity.QuoteRequest;
import it.wecare.factotum.requests.entity.RequestPhoto;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the requests' boundaries show what they hold: a request for the back-office or for its client, an
 * assignment, a quote and its PDF, a photo. Read-only, in the caller's transaction.
 */
@Dependent
class RequestViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    Comuni comuni;

    @Inject
    WorkerDirectory directory;

    @Inject
    Settings settings;

    /** How many photos the request has. */
    int photoCount(long requestId) {
        return em.createQuery("SELECT COUNT(p) FROM RequestPhoto p WHERE p.requestId = :request", Long.class)
                .setParameter("request", requestId)
                .getSingleResult()
                .intValue();
    }

    Optional<byte[]> photoOf(long requestId, int position) {
        return em
                .createQuery(
                        "SELECT p FROM RequestPhoto p WHERE p.requestId = :request AND p.position = :position",
                        RequestPhoto.class)
                .setParameter("request", requestId)
                .setParameter("position", position)
                .getResultList()
                .stream()
                .findFirst()
                .map(RequestPhoto::getContent);
    }

    byte[] pdf(QuoteRequest request, QuoteView quote) {
        String comune = comuni.labels(List.of(request.getComuneCode()))
                .getOrDefault(request.getComuneCode(), request.getComuneCode());
        return QuoteDocument.render(
                new QuoteDocument.Heading(
                        settings.value(Setting.COOPERATIVE_NAME),
                        settings.value(Setting.COOPERATIVE_EMAIL),
                        settings.value(Setting.COOPERATIVE_PHONE),
                        request.getNumber(),
                        request.getClientName(),
                        catalog.subcategoryNames(request.getLanguage())
                                .getOrDefault(request.getSubcategoryCode(), request.getSubcategoryCode()),
                        request.getAddress() + ", " + comune,
                        request.getLanguage()),
                quote);
    }

    Optional<Quote> latestQuote(long requestId) {
        return em
                .createQuery("SELECT q FROM Quote q WHERE q.request.id = :request ORDER BY q.id DESC", Quote.class)
                .setParameter("request", requestId)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    static QuoteView view(Quote q) {
        var totals = q.totals();
        return new QuoteView(
                q.getId(),
                q.getState(),
                q.getLines().stream()
                        .map(l -> new QuoteView.Line(
                                l.getDescription(),
                                l.getQuantity(),
                                l.getUnitPrice(),
                                l.getIvaRate(),
                                l.getQuantity().multiply(l.getUnitPrice()).setScale(2, RoundingMode.HALF_UP)))
                        .toList(),
                totals.byRate().entrySet().stream()
                        .map(e -> new QuoteView.Rate(
                                e.getKey(), e.getValue().taxable(), e.getValue().iva()))
                        .toList(),
                q.getNet(),
                q.getIva(),
                q.getTotal(),
                q.getGoodsCredit(),
                q.getAmountDue(),
                q.getValidUntil(),
                q.getSentAt(),
                q.getAnswerReason(),
                q.getVersion());
    }

    List<Assignment> openAssignments(long requestId) {
        return em.createQuery(
                        "SELECT a FROM Assignment a WHERE a.request.id = :request AND a.state IN :open",
                        Assignment.class)
                .setParameter("request", requestId)
                .setParameter("open", List.of(AssignmentState.PROPOSED, AssignmentState.ACCEPTED))
                .getResultList();
    }

    AssignmentView view(Assignment a, String workerName, String language) {
        QuoteRequest r = a.getRequest();
        String lang = language(language);
        return new AssignmentView(
                a.getId(),
                r.getId(),
                r.getNumber(),
                a.getState(),
                a.getWorkerId(),
                workerName,
                catalog.subcategoryNames(lang).getOrDefault(r.getSubcategoryCode(), r.getSubcategoryCode()),
                r.getDescription(),
                comuni.labels(List.of(r.getComuneCode())).getOrDefault(r.getComuneCode(), r.getComuneCode()),
                r.getAddress(),
                r.when().earliest(),
                r.when().latest(),
                r.when().timeOfDay(),
                a.getProposedAt(),
                a.getReason(),
                r.getState(),
                r.slot().map(JobSlot::date).orElse(null),
                r.slot().map(JobSlot::start).orElse(null),
                r.slot().map(JobSlot::end).orElse(null),
                r.getWorkedHours(),
                a.getAnswerBy(),
                contactsShown(a) ? r.getClientName() : null,
                contactsShown(a) ? r.getClientPhone() : null,
                contactsShown(a) ? r.getClientEmail() : null);
    }

    /** The client's contacts go with a job the worker accepted and that is still open, not with a proposal. */
    static boolean contactsShown(Assignment a) {
        return a.getState() == AssignmentState.ACCEPTED
                && !a.getRequest().getState().isFinal();
    }

    /** Timeline lines only the cooperative sees: its notes and the choice of the worker (who was asked, who declined and why). */
    static final Set<String> INTERNAL = Set.of(QuoteRequest.NOTE, "PROPOSE", "DECLINE", "WITHDRAW_PROPOSAL", "TIMEOUT");

    /** What the client sees: no internal notes, no operators' names, not the choice of the worker. */
    static RequestView forClient(RequestView view) {
        List<RequestView.Line> lines = view.timeline().stream()
                .filter(l -> !INTERNAL.contains(l.action()))
                .map(l -> new RequestView.Line(l.at(), "", l.channel(), l.action(), l.from(), l.to(), l.note()))
                .toList();
        return new RequestView(
                view.id(),
                view.number(),
                view.state(),
                view.channel(),
                view.serviceCode(),
                view.serviceName(),
                view.description(),
                view.comuneLabel(),
                view.address(),
                view.exactDate(),
                view.earliestDate(),
                view.latestDate(),
                view.timeOfDay(),
                view.preferredKind(),
                view.clientName(),
                view.clientEmail(),
                view.clientPhone(),
                view.taxCode(),
                view.language(),
                view.privacyVersion(),
                view.createdAt(),
                lines,
                view.allowed(),
                view.job(),
                view.photos(),
                view.version());
    }

    RequestView view(QuoteRequest r, String language) {
        String lang = language(language);
        String comune = comuni.labels(List.of(r.getComuneCode())).getOrDefault(r.getComuneCode(), r.getComuneCode());
        DateWish when = r.when();
        return new RequestView(
                r.getId(),
                r.getNumber(),
                r.getState(),
                r.getChannel(),
                r.getSubcategoryCode(),
                catalog.subcategoryNames(lang).getOrDefault(r.getSubcategoryCode(), r.getSubcategoryCode()),
                r.getDescription(),
                comune,
                r.getAddress(),
                when.exact(),
                when.earliest(),
                when.latest(),
                when.timeOfDay(),
                r.getPreferredKind(),
                r.getClientName(),
                r.getClientEmail(),
                r.getClientPhone(),
                r.getTaxCode(),
                r.getLanguage(),
                r.getPrivacyVersion(),
                r.getCreatedAt(),
                r.getTimeline().stream()
                        .map(e -> new RequestView.Line(
                                e.getOccurredAt(),
                                e.getActor(),
                                e.getChannel(),
                                e.getAction(),
                                e.getFromState(),
                                e.getToState(),
                                e.getNote()))
                        .toList(),
                Lifecycle.allowed(r.getState()),
                job(r),
                photoCount(r.getId()),
                r.getVersion());
    }

    RequestView.Job job(QuoteRequest r) {
        return em
                .createQuery(
                        "SELECT a.workerId FROM Assignment a WHERE a.request.id = :request AND a.state = :accepted",
                        Long.class)
                .setParameter("request", r.getId())
                .setParameter("accepted", AssignmentState.ACCEPTED)
                .getResultList()
                .stream()
                .findFirst()
                .map(workerId -> {
                    var worker = directory.contacts(List.of(workerId)).get(workerId);
                    var slot = r.slot();
                    return new RequestView.Job(
                            worker == null ? "#" + workerId : worker.name(),
                            worker == null ? null : worker.kind(),
                            slot.map(JobSlot::date).orElse(null),
                            slot.map(JobSlot::start).orElse(null),
                            slot.map(JobSlot::end).orElse(null),
                            r.getWorkedHours(),
                            r.getCompletionNote());
                })
                .orElse(null);
    }

    static String language(String language) {
        return "en".equals(language) ? "en" : "it";
    }
}
