package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.QuoteState;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.requests.entity.QuoteRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a client reaches with a tracking link, without an account: the request, its photos, the quote sent
 * and its PDF, the cancellation; and a new link for a client who lost theirs.
 */
@Stateless
public class Tracking {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ActionLinks links;

    @Inject
    Transitions transitions;

    @Resource
    SessionContext session;

    @Inject
    RequestViews views;

    /** The request a tracking link shows; a forged, expired or revoked link is refused. */
    @PermitAll
    public RequestView track(String token) {
        return track(token, null);
    }

    /**
     * The request behind a tracking link, with the service named in {@code language} (the page's, when the
     * client switched it), or in the request's own language when null.
     */
    @PermitAll
    public RequestView track(String token, String language) {
        long requestId = transitions.trackedId(token);
        QuoteRequest request = transitions.find(requestId);
        return RequestViews.forClient(
                views.view(request, language == null ? request.getLanguage() : RequestViews.language(language)));
    }

    /** Photo {@code position} (1-5) of the request a tracking link shows, as JPEG. */
    @PermitAll
    public Optional<byte[]> trackedPhoto(String token, int position) {
        long requestId = transitions.trackedId(token);
        return views.photoOf(requestId, position);
    }

    /** The quote the client sees on the tracking page (once sent). */
    @PermitAll
    public Optional<QuoteView> trackedQuote(String token) {
        long requestId = transitions.trackedId(token);
        return views.latestQuote(requestId)
                .filter(q -> q.getState() != QuoteState.DRAFT)
                .map(RequestViews::view);
    }

    /** The PDF copy of the quote the client sees on the tracking page (once sent). */
    @PermitAll
    public Optional<byte[]> trackedQuotePdf(String token) {
        long requestId = transitions.trackedId(token);
        QuoteRequest request = transitions.find(requestId);
        return views.latestQuote(request.getId())
                .filter(q -> q.getState() != QuoteState.DRAFT)
                .map(q -> views.pdf(request, views.view(q)));
    }

    /**
     * The client cancels from the tracking page, with a reason.
     *
     * @throws InvalidInput naming {@code note} without a reason, {@code action} when it is too late
     */
    @PermitAll
    public RequestView cancelByClient(String token, long version, String reason) {
        long requestId = transitions.trackedId(token);
        QuoteRequest request = transitions.seen(requestId, version);
        String actor = request.getClientEmail() == null ? "client" : request.getClientEmail();
        transitions.apply(request, RequestAction.CANCEL, actor, Channel.WEB, reason);
        return RequestViews.forClient(views.view(request, request.getLanguage()));
    }

    /** At most this many tracking links are sent for one request in an hour when a client asks for one. */
    static final int TRACKING_LINKS_PER_HOUR = 3;

    /** The audit action of a tracking link a client asked for (what the hourly cap counts). */
    static final String TRACKING_LINK_ASKED = "TRACKING_LINK_ASKED";

    @Inject
    Event<TrackingLinkRequested> trackingLinkRequested;

    /**
     * A client whose link expired or got lost asks for a new one with the request's number and the email
     * given in the form: if they match a request that is open or closed less than 30 days ago, a new link
     * goes to that email. The answer is the same whether or not they match, so nobody learns whose
     * requests exist. The links sent before keep working (someone who knows the number and the email must
     * not be able to switch off the client's links); at most {@value #TRACKING_LINKS_PER_HOUR} asked for
     * an hour, not counting the links of the automatic emails.
     */
    @PermitAll
    public void sendNewTrackingLink(String number, String email) {
        if (number == null || email == null || number.isBlank() || email.isBlank()) {
            return;
        }
        List<QuoteRequest> found = em.createQuery(
                        "SELECT r FROM QuoteRequest r WHERE r.number = :number AND r.clientEmail = :email",
                        QuoteRequest.class)
                .setParameter("number", number.strip())
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultList();
        Instant now = transitions.now();
        for (QuoteRequest request : found) {
            boolean recent = request.getClosedAt() == null
                    || request.getClosedAt()
                            .plus(Transitions.TRACKING_AFTER_CLOSE)
                            .isAfter(now);
            long lately = audit.count(
                    TRACKING_LINK_ASKED,
                    Transitions.RECORD_TYPE,
                    String.valueOf(request.getId()),
                    now.minus(Duration.ofHours(1)));
            if (recent && lately < TRACKING_LINKS_PER_HOUR) {
                ActionLinks.Issued link = transitions.anotherTrackingLink(request);
                audit.recordAs(AuditLog.SYSTEM, TRACKING_LINK_ASKED, Transitions.RECORD_TYPE, request.getId(), null);
                trackingLinkRequested.fire(new TrackingLinkRequested(
                        request.getId(),
                        request.getNumber(),
                        request.getClientName(),
                        request.getClientEmail(),
                        request.getLanguage(),
                        link.url()));
            }
        }
    }
}
