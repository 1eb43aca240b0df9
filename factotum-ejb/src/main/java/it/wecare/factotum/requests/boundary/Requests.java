package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.QuoteState;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.api.workers.WorkerProfile;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.KeptPhoto;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.platform.boundary.Page;
import it.wecare.factotum.platform.boundary.PhotoSeals;
import it.wecare.factotum.platform.boundary.PreparedPhoto;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.LinkPurpose;
import it.wecare.factotum.platform.control.LinkRefusal;
import it.wecare.factotum.platform.control.PhotoCheck;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.platform.control.SettingType;
import it.wecare.factotum.requests.control.BrokenRule;
import it.wecare.factotum.requests.control.DateWish;
import it.wecare.factotum.requests.control.IdempotencyKeys;
import it.wecare.factotum.requests.control.JobSlot;
import it.wecare.factotum.requests.control.Lifecycle;
import it.wecare.factotum.requests.control.ProposalDeadline;
import it.wecare.factotum.requests.entity.Assignment;
import it.wecare.factotum.requests.entity.Quote;
import it.wecare.factotum.requests.entity.QuoteRequest;
import it.wecare.factotum.requests.entity.RequestPhoto;
import it.wecare.factotum.search.boundary.Search;
import it.wecare.factotum.search.boundary.WorkerSearch;
import it.wecare.factotum.workers.boundary.WorkerContact;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Quote requests: the client submits one (no password) and follows it through the emailed tracking link;
 * operators move it through its lifecycle. Every transition is allowed only from the states of
 * docs/request-transitions.md, written to the timeline and fired as {@link RequestChanged}.
 */
@Stateless
public class Requests {

    static final String RECORD_TYPE = Transitions.RECORD_TYPE;

    /** At most this many photos with one request. */
    public static final int MAX_PHOTOS = RequestPhoto.MAX_PER_REQUEST;

    /** The longest side, in pixels, of a request's photo as kept. */
    public static final int PHOTO_SIDE = RequestPhoto.SIDE;

    private static final Logger LOG = Logger.getLogger(Requests.class.getName());
    static final ZoneId ITALY = Transitions.ITALY;
    /** The version of the privacy notice (informativa) the form shows; stored with every request. */
    public static final String PRIVACY_VERSION = "2026-11";

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    RequestScope scope;

    @Inject
    AuditLog audit;

    @Inject
    PhotoSeals seals;

    @Inject
    Comuni comuni;

    @Inject
    Workers workers;

    @Inject
    Search search;

    @Inject
    Settings settings;

    @Inject
    ActionLinks links;

    @Inject
    Event<RequestSubmitted> submitted;

    @Inject
    Transitions transitions;

    @Inject
    Event<QuoteSent> quoteSent;

    @Inject
    GoodsCredit goodsCredit;

    @Inject
    Event<JobProposed> jobProposed;

    @Inject
    Event<ProposalAnswered> proposalAnswered;

    /** The page a worker opens from a proposal email ({@code ?token=}). */
    static final String PROPOSAL_PAGE = "/proposal.xhtml?token=";

    static final String ASSIGNMENT = "Assignment";

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

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
                        staff ? actor() : null, email, draft.formToken().strip());
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
        Map<String, String> services = catalog.subcategoryNames(language(draft.language()));
        if (!services.containsKey(draft.subcategoryCode())) {
            throw new InvalidInput("subcategoryCode", "request.error.service");
        }
        if (comuni.labels(List.of(draft.comuneCode())).isEmpty()) {
            throw new InvalidInput("comuneCode", "request.error.comune");
        }
        if (draft.preferredWorkerId() != null
                && workers.sheet(draft.preferredWorkerId()).isEmpty()) {
            throw new InvalidInput("preferredWorkerId", "request.error.worker");
        }
        DateWish when = when(draft);
        Instant now = clock.instant();
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
                        language(draft.language())),
                PRIVACY_VERSION,
                staff ? actor() : (email == null ? "client" : email),
                now);
        request.cameFrom(token, digest, clientIp);
        em.persist(request);
        em.flush();
        request.number(LocalDate.now(clock.withZone(ITALY)).getYear());
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

    /** The side of a photo's preview on the form. */
    static final int PREVIEW_SIDE = 240;

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

    /** How many photos the request has. */
    private int photoCount(long requestId) {
        return em.createQuery("SELECT COUNT(p) FROM RequestPhoto p WHERE p.requestId = :request", Long.class)
                .setParameter("request", requestId)
                .getSingleResult()
                .intValue();
    }

    /** Photo {@code position} (1-5) of a request, as JPEG, for the back-office. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Optional<byte[]> photo(long requestId, int position) {
        scope.check(requestId);
        return photoOf(requestId, position);
    }

    /** Photo {@code position} (1-5) of the request a tracking link shows, as JPEG. */
    @PermitAll
    public Optional<byte[]> trackedPhoto(String token, int position) {
        ActionLinks.State link = links.check(token);
        if (link.purpose() != LinkPurpose.TRACK_REQUEST) {
            throw new LinkRefused(LinkRefusal.WRONG_PURPOSE);
        }
        return photoOf(Long.parseLong(link.recordId()), position);
    }

    private Optional<byte[]> photoOf(long requestId, int position) {
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

    private DateWish when(RequestDraft draft) {
        LocalDate today = LocalDate.now(clock.withZone(ITALY));
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

    /**
     * One page of the operators' queue: by default the open requests, the oldest first (the one waiting
     * longest is handled first).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Page<RequestRow> page(RequestQuery query, int first, int pageSize, String language) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        Optional<Set<Long>> followed = scope.workers();
        if (followed.isPresent()) {
            if (followed.get().isEmpty()) {
                return new Page<>(List.of(), 0);
            }
            where.append(" AND r.id IN (SELECT a.request.id FROM Assignment a WHERE a.workerId IN :followed)");
            parameters.put("followed", followed.get());
        }
        if (query.state() != null) {
            where.append(" AND r.state = :state");
            parameters.put("state", query.state());
        } else if (!query.allStates()) {
            where.append(" AND r.state NOT IN :closed");
            parameters.put(
                    "closed",
                    List.of(
                            RequestState.COMPLETED,
                            RequestState.CANCELLED,
                            RequestState.REJECTED,
                            RequestState.EXPIRED));
        }
        if (query.service() != null && !query.service().isBlank()) {
            List<String> codes = new ArrayList<>(List.of(query.service()));
            catalog.tree("it").stream()
                    .filter(c -> c.code().equals(query.service()))
                    .forEach(c -> c.subcategories().forEach(s -> codes.add(s.code())));
            where.append(" AND r.subcategoryCode IN :codes");
            parameters.put("codes", codes);
        }
        if (query.comune() != null && !query.comune().isBlank()) {
            where.append(" AND r.comuneCode = :comune");
            parameters.put("comune", query.comune());
        }
        if (query.from() != null) {
            where.append(" AND r.createdAt >= :from");
            parameters.put("from", query.from().atStartOfDay(ITALY).toInstant());
        }
        if (query.to() != null) {
            where.append(" AND r.createdAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(ITALY).toInstant());
        }
        if (query.channel() != null) {
            where.append(" AND r.channel = :channel");
            parameters.put("channel", query.channel());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND (r.number = :number OR LOWER(r.clientName) LIKE :text OR r.clientEmail LIKE :text)");
            parameters.put("number", query.text().strip());
            parameters.put(
                    "text",
                    "%"
                            + query.text()
                                    .strip()
                                    .toLowerCase(Locale.ROOT)
                                    .replace("%", "")
                                    .replace("_", "") + "%");
        }
        var select = em.createQuery(
                "SELECT r FROM QuoteRequest r" + where + " ORDER BY r.createdAt ASC, r.id ASC", QuoteRequest.class);
        var count = em.createQuery("SELECT COUNT(r) FROM QuoteRequest r" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<QuoteRequest> found = select.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 200)))
                .getResultList();
        Map<String, String> services = catalog.subcategoryNames(language(language));
        Map<String, String> places = comuni.labels(
                found.stream().map(QuoteRequest::getComuneCode).distinct().toList());
        List<RequestRow> rows = found.stream()
                .map(r -> new RequestRow(
                        r.getId(),
                        r.getNumber(),
                        r.getState(),
                        r.getChannel(),
                        services.getOrDefault(r.getSubcategoryCode(), r.getSubcategoryCode()),
                        places.getOrDefault(r.getComuneCode(), r.getComuneCode()),
                        r.getClientName(),
                        r.when().earliest(),
                        r.when().latest(),
                        r.getCreatedAt()))
                .toList();
        return new Page<>(rows, count.getSingleResult());
    }

    /** How many requests are in each state. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Map<RequestState, Long> countByState() {
        Map<RequestState, Long> counts = new EnumMap<>(RequestState.class);
        for (RequestState state : RequestState.values()) {
            counts.put(state, 0L);
        }
        Optional<Set<Long>> followed = scope.workers();
        if (followed.isPresent() && followed.get().isEmpty()) {
            return counts;
        }
        var query = em.createQuery(
                "SELECT r.state, COUNT(r) FROM QuoteRequest r"
                        + (followed.isPresent()
                                ? " WHERE r.id IN (SELECT a.request.id FROM Assignment a WHERE a.workerId IN :followed)"
                                : "")
                        + " GROUP BY r.state",
                Object[].class);
        followed.ifPresent(ids -> query.setParameter("followed", ids));
        query.getResultList().forEach(row -> counts.put((RequestState) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Writes an internal note on the request's timeline (operators only; the client does not see it).
     *
     * @throws InvalidInput naming {@code note} when it is empty or too long
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public RequestView note(long id, String note, String language) {
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note", "request.error.noteRequired");
        }
        if (note.strip().length() > 1000) {
            throw new InvalidInput("note", "request.error.noteTooLong");
        }
        QuoteRequest request = find(id);
        request.note(actor(), note, clock.instant());
        em.flush();
        return view(request, language);
    }

    /** The workers who offer the request's service where it is (for an operator choosing whom to propose). */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public List<WorkerProfile> candidates(long requestId, String language) {
        QuoteRequest request = find(requestId);
        return search.workers(new WorkerSearch(
                        null,
                        request.getSubcategoryCode(),
                        request.getPreferredKind(),
                        request.getComuneCode(),
                        null,
                        0,
                        50,
                        false,
                        language(language)))
                .items();
    }

    /**
     * Proposes the job to a worker; the request stays IN_REVIEW until the worker accepts. Every proposal
     * says why this worker, on the timeline: matching gives the worker's place among its suggestions, an
     * operator who chooses someone else gives the reason ({@code Matching.propose} is the path pages take).
     *
     * @param note why this worker: the place in the ranking, or the operator's reason
     * @throws InvalidInput naming {@code outsideReason} without a note, {@code action} unless the request is
     *     in review, {@code worker} for an unknown or inactive worker
     * @throws ConflictingChange when the request changed meanwhile, or a worker already holds it
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public AssignmentView propose(long requestId, long workerId, long version, String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInput("outsideReason", "matching.error.reasonRequired");
        }
        QuoteRequest request = transitions.seen(requestId, version);
        if (request.getState() != RequestState.IN_REVIEW) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        String name =
                workers.activeName(workerId).orElseThrow(() -> new InvalidInput("worker", "request.error.worker"));
        if (!openAssignments(requestId).isEmpty()) {
            throw new ConflictingChange(
                    "request.error.alreadyProposed", "request " + requestId + " is proposed already");
        }
        Instant now = clock.instant();
        Instant answerBy = ProposalDeadline.of(
                now,
                Duration.ofHours(settings.intValue(Setting.MATCHING_ANSWER_HOURS)),
                request.when().latest(),
                ITALY);
        Assignment assignment = new Assignment(request, workerId, actor(), now, answerBy);
        em.persist(assignment);
        request.log("PROPOSE", actor(), Channel.DESK, name + " — " + note.strip(), now);
        em.flush();
        ActionLinks.Issued answer = links.issue(
                LinkPurpose.ANSWER_PROPOSAL,
                ASSIGNMENT,
                assignment.getId(),
                Duration.between(now, answerBy),
                PROPOSAL_PAGE);
        String lang = language(request.getLanguage());
        jobProposed.fire(new JobProposed(
                assignment.getId(),
                request.getId(),
                request.getNumber(),
                workerId,
                request.getSubcategoryCode(),
                catalog.subcategoryNames("it").getOrDefault(request.getSubcategoryCode(), request.getSubcategoryCode()),
                comuni.labels(List.of(request.getComuneCode()))
                        .getOrDefault(request.getComuneCode(), request.getComuneCode()),
                request.when().earliest(),
                request.when().latest(),
                request.getDescription(),
                answer.url(),
                answer.expiresAt()));
        return view(assignment, name, lang);
    }

    /**
     * An operator withdraws the open assignment of a request (a worker who does not answer, or who can no
     * longer do the job): a proposal simply ends; an accepted job sends the request back to IN_REVIEW.
     *
     * @throws InvalidInput naming {@code action} when no worker holds the request
     * @throws ConflictingChange when the request changed meanwhile
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public RequestView withdraw(long requestId, long version, String reason, String language) {
        QuoteRequest request = transitions.seen(requestId, version);
        List<Assignment> open = openAssignments(requestId);
        if (open.isEmpty()) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        Instant now = clock.instant();
        for (Assignment assignment : open) {
            boolean accepted = assignment.getState() == AssignmentState.ACCEPTED;
            assignment.withdraw(reason, now);
            links.revokeOpen(LinkPurpose.ANSWER_PROPOSAL, ASSIGNMENT, assignment.getId());
            if (accepted) {
                apply(request, RequestAction.WITHDRAW, actor(), Channel.DESK, reason);
            } else {
                request.log("WITHDRAW_PROPOSAL", actor(), Channel.DESK, reason, now);
            }
        }
        em.flush();
        return view(request, language);
    }

    /**
     * The IVA rates a quote line may use (a setting: "22, 10, 5, 0", checked when it is saved), each in its
     * plain form (10, not 1E+1).
     */
    @PermitAll
    public List<BigDecimal> ivaRates() {
        String stored = settings.value(Setting.QUOTE_IVA_RATES);
        String checked;
        try {
            checked = Setting.QUOTE_IVA_RATES.normalise(stored);
        } catch (SettingType.InvalidSettingValue e) {
            // stored before the setting was checked on saving: the default holds until an administrator fixes it
            LOG.warning("The setting " + Setting.QUOTE_IVA_RATES.key() + " holds '" + stored
                    + "', which is not a list of rates; the default is used");
            checked = Setting.QUOTE_IVA_RATES.defaultValue();
        }
        List<BigDecimal> rates = new ArrayList<>();
        for (String rate : checked.split(",\\s*")) {
            rates.add(new BigDecimal(rate.strip()));
        }
        return rates;
    }

    /** The request's latest quote, if one was written. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Optional<QuoteView> quote(long requestId) {
        scope.check(requestId);
        return latestQuote(requestId).map(Requests::view);
    }

    /** A draft's default validity: today plus the days of the setting. */
    @PermitAll
    public LocalDate defaultValidity() {
        return LocalDate.now(clock.withZone(ITALY)).plusDays(settings.intValue(Setting.QUOTE_VALID_DAYS));
    }

    /**
     * Writes (or rewrites) the draft quote of an assigned request.
     *
     * @throws InvalidInput naming {@code action} unless the request is ASSIGNED, {@code ivaRate} for a rate
     *     not in the settings' list, {@code validUntil} for a day in the past
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public QuoteView writeQuote(long requestId, @NotNull @Valid QuoteDraft draft) {
        QuoteRequest request = find(requestId);
        if (request.getState() != RequestState.ASSIGNED) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        List<BigDecimal> rates = ivaRates();
        for (QuoteDraft.Line line : draft.lines()) {
            if (rates.stream().noneMatch(r -> r.compareTo(line.ivaRate()) == 0)) {
                throw new InvalidInput("ivaRate", "quote.error.rate");
            }
        }
        if (draft.validUntil().isBefore(LocalDate.now(clock.withZone(ITALY)))) {
            throw new InvalidInput("validUntil", "request.error.datePast");
        }
        if (draft.validUntil().isAfter(LocalDate.now(clock.withZone(ITALY)).plusYears(1))) {
            throw new InvalidInput("validUntil", "request.error.dateTooFar");
        }
        Quote quote = latestQuote(requestId)
                .filter(q -> q.getState() == QuoteState.DRAFT)
                .orElseGet(() -> {
                    Quote fresh = new Quote(request, clock.instant());
                    em.persist(fresh);
                    return fresh;
                });
        quote.write(
                draft.lines().stream()
                        .map(l -> new Quote.Line(l.description(), l.quantity(), l.unitPrice(), l.ivaRate()))
                        .toList(),
                draft.validUntil());
        em.flush();
        return view(quote);
    }

    /**
     * Sends the draft quote to the client (the request becomes QUOTED) with a new tracking link by email.
     *
     * @throws InvalidInput naming {@code action} without a draft or unless the request is ASSIGNED
     * @throws ConflictingChange when the request changed meanwhile
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public RequestView sendQuote(long requestId, long version, String language) {
        QuoteRequest request = transitions.seen(requestId, version);
        Quote quote = latestQuote(requestId)
                .filter(q -> q.getState() == QuoteState.DRAFT)
                .orElseThrow(() -> new InvalidInput("action", "quote.error.noDraft"));
        if (quote.getValidUntil().isBefore(LocalDate.now(clock.withZone(ITALY)))) {
            throw new InvalidInput("validUntil", "request.error.datePast");
        }
        apply(request, RequestAction.SEND_QUOTE, actor(), Channel.DESK, null);
        GoodsCredit.Applied credit = goodsCredit.applyTo(request.getId(), request.clientKey(), quote.getTotal());
        quote.send(credit.amount(), clock.instant());
        if (request.getClientEmail() != null) {
            ActionLinks.Issued tracking = transitions.anotherTrackingLink(request);
            quoteSent.fire(new QuoteSent(
                    request.getId(),
                    request.getNumber(),
                    request.getClientName(),
                    request.getClientEmail(),
                    request.getLanguage(),
                    quote.getTotal(),
                    quote.getGoodsCredit(),
                    quote.getAmountDue(),
                    credit.left(),
                    quote.getValidUntil(),
                    tracking.url()));
        }
        em.flush();
        return view(request, language);
    }

    /**
     * One more tracking link for an email about the request that another capability writes (the goods'
     * valuation); the links sent before keep working.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public String trackingUrl(long requestId) {
        return transitions.anotherTrackingLink(find(requestId)).url();
    }

    /** The PDF copy of a request's latest quote, for the back-office. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Optional<byte[]> quotePdf(long requestId) {
        scope.check(requestId);
        QuoteRequest request = find(requestId);
        return latestQuote(requestId).map(q -> pdf(request, view(q)));
    }

    /** The PDF copy of the quote the client sees on the tracking page (once sent). */
    @PermitAll
    public Optional<byte[]> trackedQuotePdf(String token) {
        ActionLinks.State link = links.check(token);
        if (link.purpose() != LinkPurpose.TRACK_REQUEST) {
            throw new LinkRefused(LinkRefusal.WRONG_PURPOSE);
        }
        QuoteRequest request = find(Long.parseLong(link.recordId()));
        return latestQuote(request.getId())
                .filter(q -> q.getState() != QuoteState.DRAFT)
                .map(q -> pdf(request, view(q)));
    }

    private byte[] pdf(QuoteRequest request, QuoteView quote) {
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

    /** The quote the client sees on the tracking page (once sent). */
    @PermitAll
    public Optional<QuoteView> trackedQuote(String token) {
        ActionLinks.State link = links.check(token);
        if (link.purpose() != LinkPurpose.TRACK_REQUEST) {
            throw new LinkRefused(LinkRefusal.WRONG_PURPOSE);
        }
        return latestQuote(Long.parseLong(link.recordId()))
                .filter(q -> q.getState() != QuoteState.DRAFT)
                .map(Requests::view);
    }

    /**
     * The client accepts (ACCEPTED) or declines (back to ASSIGNED, with a reason) the quote from the
     * tracking page, before its validity ends.
     *
     * @throws InvalidInput naming {@code action} when there is no quote to answer, {@code validUntil} when it
     *     expired, {@code note} for a decline without a reason
     */
    @PermitAll
    public RequestView answerQuote(String token, long version, boolean accept, String reason) {
        ActionLinks.State link = links.check(token);
        if (link.purpose() != LinkPurpose.TRACK_REQUEST) {
            throw new LinkRefused(LinkRefusal.WRONG_PURPOSE);
        }
        QuoteRequest request = transitions.seen(Long.parseLong(link.recordId()), version);
        Quote quote = latestQuote(request.getId())
                .filter(q -> q.getState() == QuoteState.SENT && request.getState() == RequestState.QUOTED)
                .orElseThrow(() -> new InvalidInput("action", "request.error.notAllowed"));
        if (quote.getValidUntil().isBefore(LocalDate.now(clock.withZone(ITALY)))) {
            throw new InvalidInput("validUntil", "quote.error.expired");
        }
        String actor = request.getClientEmail() == null ? "client" : request.getClientEmail();
        if (accept) {
            apply(request, RequestAction.ACCEPT_QUOTE, actor, Channel.WEB, null);
            quote.accept(clock.instant());
        } else {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInput("note", "request.error.reasonRequired");
            }
            apply(request, RequestAction.DECLINE_QUOTE, actor, Channel.WEB, reason);
            quote.decline(reason, clock.instant());
        }
        em.flush();
        return forClient(view(request, request.getLanguage()));
    }

    private Optional<Quote> latestQuote(long requestId) {
        return em
                .createQuery("SELECT q FROM Quote q WHERE q.request.id = :request ORDER BY q.id DESC", Quote.class)
                .setParameter("request", requestId)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    private static QuoteView view(Quote q) {
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

    /** The assignments of a request, newest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public List<AssignmentView> assignments(long requestId, String language) {
        scope.check(requestId);
        return em
                .createQuery(
                        "SELECT a FROM Assignment a WHERE a.request.id = :request ORDER BY a.proposedAt DESC, a.id DESC",
                        Assignment.class)
                .setParameter("request", requestId)
                .getResultList()
                .stream()
                .map(a -> view(a, workers.activeName(a.getWorkerId()).orElse("#" + a.getWorkerId()), language))
                .toList();
    }

    /** The jobs proposed to or accepted by the worker who is calling, newest first. */
    @RolesAllowed(Role.WORKER_NAME)
    public List<AssignmentView> myAssignments(String language) {
        Long me = workers.mine().map(w -> w.id()).orElse(null);
        if (me == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT a FROM Assignment a WHERE a.workerId = :worker AND a.state IN :open"
                                + " AND a.request.state NOT IN :closed ORDER BY a.proposedAt DESC, a.id DESC",
                        Assignment.class)
                .setParameter("worker", me)
                .setParameter("open", List.of(AssignmentState.PROPOSED, AssignmentState.ACCEPTED))
                .setParameter(
                        "closed",
                        List.of(
                                RequestState.COMPLETED,
                                RequestState.CANCELLED,
                                RequestState.REJECTED,
                                RequestState.EXPIRED))
                .getResultList()
                .stream()
                .map(a -> view(a, "", language))
                .toList();
    }

    /** Every job ever proposed to the worker who is calling, newest first (the job history). */
    @RolesAllowed(Role.WORKER_NAME)
    public List<AssignmentView> myHistory(String language) {
        Long me = workers.mine().map(w -> w.id()).orElse(null);
        if (me == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT a FROM Assignment a WHERE a.workerId = :worker ORDER BY a.proposedAt DESC, a.id DESC",
                        Assignment.class)
                .setParameter("worker", me)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(a -> view(a, "", language))
                .toList();
    }

    /**
     * The worker who is calling accepts (the request becomes ASSIGNED) or declines (with a reason; the
     * request stays in review for another proposal) a proposed job.
     *
     * @throws InvalidInput naming {@code reason} for a decline without one, {@code action} when the job is no
     *     longer proposed
     * @throws RecordNotFound when the job is not this worker's
     */
    @RolesAllowed(Role.WORKER_NAME)
    public AssignmentView answer(long assignmentId, boolean accept, String reason, String language) {
        Long me = workers.mine().map(w -> w.id()).orElse(null);
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null || me == null || assignment.getWorkerId() != me) {
            throw new RecordNotFound("Assignment", assignmentId);
        }
        return answer(assignment, accept, reason, Channel.WEB, actor(), language);
    }

    /**
     * An operator records the answer a worker gave by phone (many workers do not use the worker area):
     * accepted (the request becomes ASSIGNED) or declined with the reason.
     *
     * @throws InvalidInput naming {@code reason} for a decline without one, {@code action} when the job is no
     *     longer proposed
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public AssignmentView answerFor(long assignmentId, boolean accept, String reason, String language) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null) {
            throw new RecordNotFound("Assignment", assignmentId);
        }
        return answer(assignment, accept, reason, Channel.PHONE, actor(), language);
    }

    /**
     * The job behind a proposal link, for the worker to read before answering; changes nothing.
     *
     * @throws LinkRefused for a forged, expired, used or revoked link (a proposal already answered or
     *     lapsed has its link revoked)
     */
    @PermitAll
    public AssignmentView proposal(String token) {
        ActionLinks.State link = links.check(token);
        return view(proposed(link), "", "it");
    }

    /**
     * The worker's answer from the emailed link, after the confirming click: accepts the job, or declines
     * it with a reason. The link is then used up.
     *
     * @throws InvalidInput naming {@code reason} for a decline without one
     * @throws LinkRefused for a link that cannot be used (the proposal is no longer open)
     */
    @PermitAll
    public AssignmentView answerByLink(String token, boolean accept, String reason) {
        Assignment assignment = proposed(links.check(token));
        if (!accept && (reason == null || reason.isBlank())) {
            throw new InvalidInput("reason", "request.error.reasonRequired");
        }
        links.use(token, LinkPurpose.ANSWER_PROPOSAL);
        WorkerContact worker =
                workers.contacts(List.of(assignment.getWorkerId())).get(assignment.getWorkerId());
        String actor = worker == null || worker.email() == null ? "worker " + assignment.getWorkerId() : worker.email();
        return answer(
                assignment,
                accept,
                reason,
                Channel.WEB,
                actor,
                assignment.getRequest().getLanguage());
    }

    private Assignment proposed(ActionLinks.State link) {
        if (link.purpose() != LinkPurpose.ANSWER_PROPOSAL || !ASSIGNMENT.equals(link.recordType())) {
            throw new LinkRefused(LinkRefusal.WRONG_PURPOSE);
        }
        Assignment assignment = em.find(Assignment.class, Long.valueOf(link.recordId()));
        if (assignment == null || assignment.getState() != AssignmentState.PROPOSED) {
            throw new LinkRefused(LinkRefusal.USED);
        }
        return assignment;
    }

    private AssignmentView answer(
            Assignment assignment, boolean accept, String reason, Channel channel, String actor, String language) {
        if (assignment.getState() != AssignmentState.PROPOSED) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        QuoteRequest request = assignment.getRequest();
        Instant now = clock.instant();
        if (accept) {
            assignment.accept(now);
            apply(request, RequestAction.ASSIGN, actor, channel, null);
        } else {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInput("reason", "request.error.reasonRequired");
            }
            assignment.decline(reason, now);
            request.log("DECLINE", actor, channel, reason, now);
        }
        em.flush();
        links.revokeOpen(LinkPurpose.ANSWER_PROPOSAL, ASSIGNMENT, assignment.getId());
        WorkerContact contact =
                workers.contacts(List.of(assignment.getWorkerId())).get(assignment.getWorkerId());
        String name = contact == null ? "" : contact.name();
        proposalAnswered.fire(new ProposalAnswered(
                assignment.getId(),
                request.getId(),
                request.getNumber(),
                assignment.getWorkerId(),
                name,
                assignment.getState(),
                accept ? null : reason));
        return view(assignment, name, language);
    }

    private List<Assignment> openAssignments(long requestId) {
        return em.createQuery(
                        "SELECT a FROM Assignment a WHERE a.request.id = :request AND a.state IN :open",
                        Assignment.class)
                .setParameter("request", requestId)
                .setParameter("open", List.of(AssignmentState.PROPOSED, AssignmentState.ACCEPTED))
                .getResultList();
    }

    private AssignmentView view(Assignment a, String workerName, String language) {
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
    private static boolean contactsShown(Assignment a) {
        return a.getState() == AssignmentState.ACCEPTED
                && !a.getRequest().getState().isFinal();
    }

    /** A request for the back-office. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public RequestView view(long id, String language) {
        scope.check(id);
        RequestView view = view(find(id), language);
        return scope.workers().isPresent() ? view.forFollower() : view;
    }

    /**
     * Applies an operator's action (take in review, reject, cancel) to a request.
     *
     * @param version the version the operator saw: someone else's change meanwhile is a conflict
     * @param note the reason (required to reject or cancel)
     * @throws InvalidInput naming {@code action} when the state does not allow it, {@code note} when a
     *     reason is missing
     * @throws ConflictingChange when the request changed meanwhile
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public RequestView act(long id, @NotNull RequestAction action, long version, String note, String language) {
        if (!Set.of(RequestAction.TAKE_IN_REVIEW, RequestAction.REJECT, RequestAction.CANCEL)
                .contains(action)) {
            throw new InvalidInput("action", "request.error.notHere");
        }
        QuoteRequest request = transitions.seen(id, version);
        apply(request, action, actor(), Channel.DESK, note);
        return view(request, language);
    }

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
        ActionLinks.State link = links.check(token);
        if (link.purpose() != LinkPurpose.TRACK_REQUEST) {
            throw new LinkRefused(LinkRefusal.WRONG_PURPOSE);
        }
        QuoteRequest request = find(Long.parseLong(link.recordId()));
        return forClient(view(request, language == null ? request.getLanguage() : language(language)));
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
        Instant now = clock.instant();
        for (QuoteRequest request : found) {
            boolean recent = request.getClosedAt() == null
                    || request.getClosedAt()
                            .plus(Transitions.TRACKING_AFTER_CLOSE)
                            .isAfter(now);
            long lately = audit.count(
                    TRACKING_LINK_ASKED, RECORD_TYPE, String.valueOf(request.getId()), now.minus(Duration.ofHours(1)));
            if (recent && lately < TRACKING_LINKS_PER_HOUR) {
                ActionLinks.Issued link = transitions.anotherTrackingLink(request);
                audit.recordAs(AuditLog.SYSTEM, TRACKING_LINK_ASKED, RECORD_TYPE, request.getId(), null);
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

    /** Timeline lines only the cooperative sees: its notes and the choice of the worker (who was asked, who declined and why). */
    static final Set<String> INTERNAL = Set.of(QuoteRequest.NOTE, "PROPOSE", "DECLINE", "WITHDRAW_PROPOSAL", "TIMEOUT");

    /** What the client sees: no internal notes, no operators' names, not the choice of the worker. */
    private static RequestView forClient(RequestView view) {
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

    /**
     * The client cancels from the tracking page, with a reason.
     *
     * @throws InvalidInput naming {@code note} without a reason, {@code action} when it is too late
     */
    @PermitAll
    public RequestView cancelByClient(String token, long version, String reason) {
        ActionLinks.State link = links.check(token);
        if (link.purpose() != LinkPurpose.TRACK_REQUEST) {
            throw new LinkRefused(LinkRefusal.WRONG_PURPOSE);
        }
        QuoteRequest request = transitions.seen(Long.parseLong(link.recordId()), version);
        String actor = request.getClientEmail() == null ? "client" : request.getClientEmail();
        apply(request, RequestAction.CANCEL, actor, Channel.WEB, reason);
        return forClient(view(request, request.getLanguage()));
    }

    private void apply(QuoteRequest request, RequestAction action, String actor, Channel channel, String note) {
        transitions.apply(request, action, actor, channel, note);
    }

    private RequestView view(QuoteRequest r, String language) {
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

    private RequestView.Job job(QuoteRequest r) {
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
                    var worker = workers.contacts(List.of(workerId)).get(workerId);
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

    private QuoteRequest find(long id) {
        return transitions.find(id);
    }

    private String actor() {
        return session.getCallerPrincipal() == null
                ? "system"
                : session.getCallerPrincipal().getName();
    }

    private static String language(String language) {
        return "en".equals(language) ? "en" : "it";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
