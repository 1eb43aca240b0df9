package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.platform.control.LinkPurpose;
import it.wecare.factotum.platform.control.LinkRefusal;
import it.wecare.factotum.requests.control.BrokenRule;
import it.wecare.factotum.requests.control.JobSlot;
import it.wecare.factotum.requests.entity.QuoteRequest;
import it.wecare.factotum.workers.boundary.WorkerContact;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What every boundary of the requests capability does around a transition: find the request the caller
 * saw (a newer version is a conflict), apply the action as the lifecycle allows, write the timeline, end
 * the tracking link's life when the request closes, and fire {@link RequestChanged} — all in the caller's
 * transaction.
 */
@Dependent
public class Transitions {

    static final String RECORD_TYPE = "QuoteRequest";
    static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    /** A tracking link lives this long while the request is open, and 30 days once it closes. */
    static final Duration TRACKING_OPEN = Duration.ofDays(400);

    static final Duration TRACKING_AFTER_CLOSE = Duration.ofDays(30);
    static final String TRACKING_PAGE = "/request/track.xhtml?token=";
    private static final Set<RequestAction> NEED_REASON = Set.of(RequestAction.REJECT, RequestAction.CANCEL);

    @PersistenceContext
    EntityManager em;

    @Inject
    ActionLinks links;

    @Inject
    Catalog catalog;

    @Inject
    Comuni comuni;

    @Inject
    Event<RequestChanged> changed;

    Clock clock = Clock.systemUTC();

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ITALY));
    }

    QuoteRequest find(long id) {
        QuoteRequest request = em.find(QuoteRequest.class, id);
        if (request == null) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return request;
    }

    /** The worker who holds the request now (proposed or accepted), if any. */
    Long holder(long requestId) {
        return em
                .createQuery(
                        "SELECT a.workerId FROM Assignment a WHERE a.request.id = :request AND a.state IN :open",
                        Long.class)
                .setParameter("request", requestId)
                .setParameter("open", List.of(AssignmentState.PROPOSED, AssignmentState.ACCEPTED))
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** The name of the request's service in {@code language}. */
    String serviceName(QuoteRequest request, String language) {
        return catalog.subcategoryNames("en".equals(language) ? "en" : "it")
                .getOrDefault(request.getSubcategoryCode(), request.getSubcategoryCode());
    }

    /** Where the job is: the address and the comune. */
    String place(QuoteRequest request) {
        return request.getAddress() + ", "
                + comuni.labels(List.of(request.getComuneCode()))
                        .getOrDefault(request.getComuneCode(), request.getComuneCode());
    }

    /** The scheduled job of {@code request}, done by {@code worker}, as its emails tell it. */
    JobNotice notice(QuoteRequest request, WorkerContact worker) {
        JobSlot slot = request.slot().orElseThrow();
        return new JobNotice(
                request.getId(),
                request.getNumber(),
                request.getClientName(),
                request.getClientEmail(),
                request.getLanguage(),
                serviceName(request, request.getLanguage()),
                place(request),
                slot.date(),
                slot.start(),
                slot.end(),
                worker == null ? "" : worker.name(),
                worker == null ? null : worker.email(),
                request.getClientEmail() == null
                        ? null
                        : anotherTrackingLink(request).url());
    }

    /**
     * The id of the request behind a client's tracking link.
     *
     * @throws LinkRefused for a forged, expired or revoked link, or a link of another kind
     */
    long trackedId(String token) {
        ActionLinks.State link = links.check(token);
        if (link.purpose() != LinkPurpose.TRACK_REQUEST) {
            throw new LinkRefused(LinkRefusal.WRONG_PURPOSE);
        }
        return Long.parseLong(link.recordId());
    }

    /** The request as the caller saw it: if someone changed it since, the caller must reload. */
    QuoteRequest seen(long id, long version) {
        QuoteRequest request = find(id);
        if (request.getVersion() != version) {
            throw new ConflictingChange(ConflictingChange.STALE, "request " + id + " changed meanwhile");
        }
        return request;
    }

    /** A fresh tracking link for the client that replaces the ones sent before (they stop working). */
    ActionLinks.Issued trackingLink(QuoteRequest request) {
        return links.issue(LinkPurpose.TRACK_REQUEST, RECORD_TYPE, request.getId(), TRACKING_OPEN, TRACKING_PAGE);
    }

    /**
     * One more tracking link for an email about the request; the links of earlier emails keep working. Once
     * the request is closed, the link lives the 30 days its other links have left.
     */
    ActionLinks.Issued anotherTrackingLink(QuoteRequest request) {
        ActionLinks.Issued issued = links.issueAnother(
                LinkPurpose.TRACK_REQUEST, RECORD_TYPE, request.getId(), TRACKING_OPEN, TRACKING_PAGE);
        if (request.getClosedAt() != null) {
            links.expireOpenAt(
                    LinkPurpose.TRACK_REQUEST,
                    RECORD_TYPE,
                    request.getId(),
                    request.getClosedAt().plus(TRACKING_AFTER_CLOSE));
        }
        return issued;
    }

    /** Turns a broken rule of the requests' control into the boundary's answer, naming the field. */
    static InvalidInput invalid(BrokenRule rule) {
        return new InvalidInput(rule.field(), rule.messageKey(), rule.arguments());
    }

    /**
     * Applies {@code action} and fires {@link RequestChanged}.
     *
     * @throws InvalidInput naming {@code note} for a missing or long reason, {@code action} when the state
     *     does not allow it
     */
    RequestState apply(QuoteRequest request, RequestAction action, String actor, Channel channel, String note) {
        return apply(request, action, actor, channel, note, r -> r.act(action, actor, channel, note, now()));
    }

    /**
     * Applies a transition written by {@code transition} (schedule, complete: the entity's own method) and
     * fires {@link RequestChanged}.
     */
    RequestState apply(
            QuoteRequest request,
            RequestAction action,
            String actor,
            Channel channel,
            String note,
            Function<QuoteRequest, RequestState> transition) {
        if (NEED_REASON.contains(action) && (note == null || note.isBlank())) {
            throw new InvalidInput("note", "request.error.reasonRequired");
        }
        if (note != null && note.strip().length() > 1000) {
            throw new InvalidInput("note", "request.error.noteTooLong");
        }
        RequestState from = request.getState();
        RequestState to;
        try {
            to = transition.apply(request);
        } catch (IllegalStateException e) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        em.flush();
        if (to.isFinal()) {
            links.expireOpenAt(
                    LinkPurpose.TRACK_REQUEST,
                    RECORD_TYPE,
                    request.getId(),
                    request.getClosedAt().plus(TRACKING_AFTER_CLOSE));
        }
        changed.fire(new RequestChanged(
                request.getId(),
                request.getNumber(),
                action,
                from,
                to,
                note == null || note.isBlank() ? null : note.strip(),
                request.getClientName(),
                request.getClientEmail(),
                request.getLanguage(),
                holder(request.getId()),
                request.getOrganisationCode()));
        return to;
    }
}
