package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.KeptPhoto;
import it.wecare.factotum.platform.boundary.PhotoSeals;
import it.wecare.factotum.platform.boundary.PreparedPhoto;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.PhotoCheck;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.requests.control.BrokenRule;
import it.wecare.factotum.requests.control.DateWish;
import it.wecare.factotum.requests.control.IdempotencyKeys;
import it.wecare.factotum.requests.entity.QuoteRequest;
import it.wecare.factotum.requests.entity.RequestPhoto;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * New quote requests: the client submits one from the public form or the API (no password), an operator
 * for a client who phoned or came in; photos are checked and prepared here. Each request gets its number,
 * its tracking link and its confirmation email in the transaction that stores it.
 */
@Stateless
public class Submissions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    PhotoSeals seals;

    @Inject
    Comuni comuni;

    @Inject
    WorkerDirectory directory;

    @Inject
    Settings settings;

    @Inject
    Event<RequestSubmitted> submitted;

    @Inject
    Transitions transitions;

    @Resource
    SessionContext session;

    @Inject
    RequestViews views;

    /** At most this many photos with one request. */
    public static final int MAX_PHOTOS = RequestPhoto.MAX_PER_REQUEST;

    /** The longest side, in pixels, of a request's photo as kept. */
    public static final int PHOTO_SIDE = RequestPhoto.SIDE;

    /** The version of the privacy notice (informativa) the form shows; stored with every request. */
    public static final String PRIVACY_VERSION = "2026-11";

    /** The side of a photo's preview on the form. */
    static final int PREVIEW_SIDE = 240;

    /**
     * Receives a request from the public form (or from an operator for a client who phoned or came in).
     * The same form submitted twice is one request. The tracking link and the confirmation email are
     * written in this transaction.
     *
     * @param clientIp the network address the form came from (rate limit), null for operators
     * @throws InvalidInput naming the field, for a rule the form cannot check by itself
     * @throws TooManyRequests when the address sent more requests this hour than the settings allow
     */
    @PermitAll
    public Submitted submit(@NotNull @Valid RequestDraft draft, String clientIp) {
        return submit(draft, List.of(), clientIp);
    }

    /**
     * Receives a request with the photos the client attached (at most 5 real JPEG, PNG or WebP images of at
     * most 5 MB each). Each photo is re-encoded as JPEG, which drops its metadata (GPS position included).
     *
     * @throws InvalidInput naming {@code photos} for too many photos or a file that is not a real image
     * @see #submit(RequestDraft, String)
     */
    @PermitAll
    public Submitted submit(@NotNull @Valid RequestDraft draft, List<byte[]> photos, String clientIp) {
        List<KeptPhoto> images = kept(photos);
        Channel channel = draft.channel();
        boolean staff = session.isCallerInRole(Role.ADMIN_NAME) || session.isCallerInRole(Role.OPERATOR_NAME);
        boolean online = channel == Channel.WEB || channel == Channel.API;
        if (!online && !staff) {
            throw new InvalidInput("channel", "request.error.channel");
        }
        String email = draft.clientEmail() == null || draft.clientEmail().isBlank()
                ? null
                : draft.clientEmail().strip().toLowerCase(Locale.ROOT);
        String token = draft.formToken() == null || draft.formToken().isBlank()
                ? null
                : IdempotencyKeys.scoped(
                        staff ? Callers.name(session) : null,
                        email,
                        draft.formToken().strip());
        String digest = IdempotencyKeys.digest(List.of(
                Objects.toString(draft.subcategoryCode()),
                Objects.toString(draft.description()),
                Objects.toString(draft.comuneCode()),
                Objects.toString(draft.address()),
                Objects.toString(draft.exactDate()),
                Objects.toString(draft.earliestDate()),
                Objects.toString(draft.latestDate()),
                Objects.toString(draft.timeOfDay()),
                Objects.toString(draft.preferredKind()),
                Objects.toString(draft.preferredWorkerId()),
                Objects.toString(draft.clientName()),
                Objects.toString(email),
                Objects.toString(draft.clientPhone()),
                Objects.toString(draft.taxCode()),
                Objects.toString(draft.language()),
                Objects.toString(draft.privacyAccepted()),
                Objects.toString(channel),
                String.valueOf(photos == null ? 0 : photos.size())));
        if (token != null) {
            List<QuoteRequest> same = em.createQuery(
                            "SELECT r FROM QuoteRequest r WHERE r.formToken = :token", QuoteRequest.class)
                    .setParameter("token", token)
                    .getResultList();
            if (!same.isEmpty()) {
                if (same.get(0).getFormDigest() != null
                        && !same.get(0).getFormDigest().equals(digest)) {
                    throw new ConflictingChange(
                            "request.error.keyReused", "Idempotency-Key sent again with another request");
                }
                return new Submitted(same.get(0).getId(), same.get(0).getNumber(), false);
            }
        }
        if (online && email == null) {
            throw new InvalidInput("clientEmail", "request.error.emailRequired");
        }
        if (email == null && (draft.clientPhone() == null || draft.clientPhone().isBlank())) {
            throw new InvalidInput("clientPhone", "request.error.contactRequired");
        }
        Map<String, String> services = catalog.subcategoryNames(RequestViews.language(draft.language()));
        if (!services.containsKey(draft.subcategoryCode())) {
            throw new InvalidInput("subcategoryCode", "request.error.service");
        }
        if (comuni.labels(List.of(draft.comuneCode())).isEmpty()) {
            throw new InvalidInput("comuneCode", "request.error.comune");
        }
        if (draft.preferredWorkerId() != null
                && directory.sheet(draft.preferredWorkerId()).isEmpty()) {
            throw new InvalidInput("preferredWorkerId", "request.error.worker");
        }
        DateWish when = when(draft);
        Instant now = transitions.now();
        if (online) {
            limitRate(email, clientIp, now);
        }
        QuoteRequest request = new QuoteRequest(
                channel,
                draft.subcategoryCode(),
                draft.description(),
                draft.comuneCode(),
                draft.address(),
                when,
                draft.preferredKind(),
                draft.preferredWorkerId(),
                new QuoteRequest.Client(
                        draft.clientName(),
                        email,
                        blankToNull(draft.clientPhone()),
                        blankToNull(draft.taxCode()) == null
                                ? null
                                : draft.taxCode().toUpperCase(Locale.ROOT),
                        RequestViews.language(draft.language())),
                PRIVACY_VERSION,
                staff ? Callers.name(session) : (email == null ? "client" : email),
                now);
        request.cameFrom(token, digest, clientIp);
        em.persist(request);
        em.flush();
        request.number(transitions.today().getYear());
        int position = 0;
        for (KeptPhoto photo : images) {
            em.persist(new RequestPhoto(request.getId(), ++position, photo.jpeg(), photo.width(), photo.height(), now));
        }
        ActionLinks.Issued tracking = transitions.trackingLink(request);
        submitted.fire(new RequestSubmitted(
                request.getId(),
                request.getNumber(),
                request.getClientName(),
                request.getClientEmail(),
                request.getLanguage(),
                services.get(draft.subcategoryCode()),
                tracking.url(),
                tracking.expiresAt()));
        return new Submitted(request.getId(), request.getNumber(), true);
    }

    /**
     * Checks a photo the form received (a real JPEG, PNG or WebP of at most 5 MB) and prepares it: decoded
     * and re-encoded once, without metadata, sealed so that {@link #submit} keeps it as it is.
     *
     * @throws InvalidInput naming {@code photos} for a file that is not a real image or is too large
     */
    @PermitAll
    public PreparedPhoto preparePhoto(byte[] upload) {
        try {
            return seals.prepare(upload, RequestPhoto.SIDE, PREVIEW_SIDE);
        } catch (PhotoCheck.Refused e) {
            throw new InvalidInput("photos", e.reason().messageKey());
        }
    }

    /** The photos to store: prepared ones as they are, others checked, decoded and re-encoded once here. */
    private List<KeptPhoto> kept(List<byte[]> photos) {
        if (photos == null) {
            return List.of();
        }
        if (photos.size() > RequestPhoto.MAX_PER_REQUEST) {
            throw new InvalidInput("photos", "request.error.tooManyPhotos", RequestPhoto.MAX_PER_REQUEST);
        }
        List<KeptPhoto> kept = new ArrayList<>();
        for (byte[] photo : photos) {
            try {
                kept.add(seals.keep(photo, RequestPhoto.SIDE));
            } catch (PhotoCheck.Refused e) {
                throw new InvalidInput("photos", e.reason().messageKey());
            }
        }
        return kept;
    }

    private DateWish when(RequestDraft draft) {
        LocalDate today = transitions.today();
        TimeOfDay time = draft.timeOfDay() == null ? TimeOfDay.ANY : draft.timeOfDay();
        try {
            return draft.exactDate() != null || (draft.earliestDate() == null && draft.latestDate() == null)
                    ? DateWish.exact(draft.exactDate(), time, today)
                    : DateWish.window(draft.earliestDate(), draft.latestDate(), time, today);
        } catch (BrokenRule e) {
            throw new InvalidInput(e.field(), e.messageKey());
        }
    }

    private void limitRate(String email, String clientIp, Instant now) {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        int perEmail = settings.intValue(Setting.REQUESTS_PER_EMAIL_HOUR);
        if (atLeast("r.clientEmail = :key", email, hourAgo, perEmail)) {
            throw new TooManyRequests("email " + email);
        }
        int perAddress = settings.intValue(Setting.REQUESTS_PER_ADDRESS_HOUR);
        if (clientIp != null && perAddress > 0 && atLeast("r.clientIp = :key", clientIp, hourAgo, perAddress)) {
            throw new TooManyRequests("address " + clientIp);
        }
    }

    /**
     * Whether at least {@code limit} requests matching {@code condition} came since {@code since}: reads at
     * most {@code limit} ids, so the check costs the same however many there were.
     */
    private boolean atLeast(String condition, String key, Instant since, int limit) {
        return em.createQuery(
                                "SELECT r.id FROM QuoteRequest r WHERE " + condition + " AND r.createdAt >= :since",
                                Long.class)
                        .setParameter("key", key)
                        .setParameter("since", since)
                        .setMaxResults(limit)
                        .getResultList()
                        .size()
                >= limit;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
