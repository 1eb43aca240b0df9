package it.wecare.factotum.barter.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.barter.control.Destination;
import it.wecare.factotum.barter.control.Ledger;
import it.wecare.factotum.barter.control.Valuation;
import it.wecare.factotum.barter.entity.CreditMovement;
import it.wecare.factotum.barter.entity.GoodsItem;
import it.wecare.factotum.barter.entity.GoodsItemPhoto;
import it.wecare.factotum.barter.entity.GoodsOffer;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.KeptPhoto;
import it.wecare.factotum.platform.boundary.PhotoSeals;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.platform.control.PhotoCheck;
import it.wecare.factotum.requests.boundary.JobFacts;
import it.wecare.factotum.requests.boundary.RequestDesk;
import it.wecare.factotum.requests.boundary.RequestDraft;
import it.wecare.factotum.requests.boundary.RequestScope;
import it.wecare.factotum.requests.boundary.RequestView;
import it.wecare.factotum.requests.boundary.Submissions;
import it.wecare.factotum.requests.boundary.Submitted;
import it.wecare.factotum.requests.boundary.Tracking;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Goods clients offer in exchange for a service: offered with the request or later from the tracking page,
 * valued by an operator (the price list suggests, the operator decides, who and when is kept), accepted —
 * the accepted items become credit in the client's account — or withdrawn by the client, and collected item
 * by item with where each goes and what it weighs.
 */
@Stateless
public class GoodsOffers {

    static final String RECORD_TYPE = "GoodsOffer";

    /** At most this many items in one offer. */
    public static final int MAX_ITEMS = GoodsOffer.MAX_ITEMS;

    /** At most this many photos of one item. */
    public static final int MAX_PHOTOS = GoodsItem.MAX_PHOTOS;

    /** The longest side, in pixels, of an item's photo as kept. */
    public static final int PHOTO_SIDE = GoodsItem.SIDE;

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestDesk desk;

    @Inject
    Submissions submissions;

    @Inject
    Tracking tracking;

    @Inject
    JobFacts facts;

    @Inject
    RequestScope scope;

    @Inject
    PhotoSeals seals;

    @Inject
    GoodsPriceList prices;

    @Inject
    CreditBook book;

    @Inject
    AuditLog audit;

    @Inject
    Event<GoodsOffered> offered;

    @Inject
    Event<GoodsValued> valued;

    @Inject
    Event<GoodsAnswered> answered;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /**
     * Receives a request with the goods the client offers for it, in one transaction: either both are
     * stored or neither. Without goods it is {@link Requests#submit(RequestDraft, List, String)}.
     *
     * @throws InvalidInput naming the field of the request or of the goods ({@code categoryCode},
     *     {@code photos}) that is not right
     */
    @PermitAll
    public Submitted submit(
            @NotNull RequestDraft draft, List<byte[]> photos, String clientIp, @Valid GoodsOfferDraft goods) {
        if (goods == null || goods.items().isEmpty()) {
            return submissions.submit(draft, photos, clientIp);
        }
        List<List<KeptPhoto>> images = checked(goods);
        Submitted submitted = submissions.submit(draft, photos, clientIp);
        if (submitted.created()) {
            JobFacts.Client client = facts.client(submitted.id());
            store(client, goods, images, client.email() == null ? Callers.name(session) : client.email());
        }
        return submitted;
    }

    /**
     * The client offers goods later, from the tracking page, while the request is open; operators are told.
     *
     * @throws InvalidInput naming {@code action} once the request is closed
     */
    @PermitAll
    public OfferView offerLater(String token, @NotNull @Valid GoodsOfferDraft goods) {
        RequestView request = tracking.track(token);
        JobFacts.Client client = facts.client(request.id());
        if (client.state().isFinal()) {
            throw new InvalidInput("action", "barter.error.closed");
        }
        GoodsOffer offer = store(client, goods, checked(goods), client.email() == null ? "client" : client.email());
        offered.fire(new GoodsOffered(
                offer.getId(),
                client.requestId(),
                client.number(),
                client.name(),
                offer.getItems().size(),
                offer.isPickUp()));
        return forClient(view(offer, client.language(), false));
    }

    /** What the tracking page shows: the request's offers, the client's credit, the credit on this job. */
    @PermitAll
    public ClientGoods tracked(String token) {
        return tracked(token, null);
    }

    /** The same, the goods named in {@code language} (the page's), or in the request's when null. */
    @PermitAll
    public ClientGoods tracked(String token, String language) {
        RequestView request = tracking.track(token);
        JobFacts.Client client = facts.client(request.id());
        String named = language == null ? client.language() : language;
        return new ClientGoods(
                offers(request.id()).stream()
                        .map(o -> forClient(view(o, named, false)))
                        .toList(),
                book.balance(Ledger.Account.client(client.clientKey())),
                book.balance(Ledger.Account.job(request.id())),
                !client.state().isFinal());
    }

    /** The offers of a request for the back-office, each item with the price list's suggestion explained. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public List<OfferView> ofRequest(long requestId, String language) {
        scope.check(requestId);
        return offers(requestId).stream().map(o -> view(o, language, true)).toList();
    }

    /** The credit the request's client has in their account now, and what the request's job holds. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public ClientGoods credit(long requestId) {
        scope.check(requestId);
        JobFacts.Client client = facts.client(requestId);
        return new ClientGoods(
                List.of(),
                book.balance(Ledger.Account.client(client.clientKey())),
                book.balance(Ledger.Account.job(requestId)),
                !client.state().isFinal());
    }

    /**
     * An operator values every item of an offer (again, until the client answers): a final value or the
     * reason it is not accepted, and whether it needs an inspection. The price list's suggestion at this
     * moment is kept with it, and who valued it and when. The client gets an email.
     *
     * @param version the offer's version the operator saw: someone else's valuation meanwhile is a conflict
     * @throws InvalidInput naming {@code value} (with the item's number) for an item without a value or a
     *     reason, or with both; {@code action} once the client answered
     * @throws ConflictingChange when someone else valued the offer meanwhile
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public OfferView value(long offerId, long version, @NotNull List<@Valid @NotNull ItemValuation> valuations) {
        GoodsOffer offer = seen(offerId, version);
        if (offer.getState() != GoodsOffer.State.OFFERED && offer.getState() != GoodsOffer.State.VALUED) {
            throw new InvalidInput("action", "barter.error.answered");
        }
        Map<Long, ItemValuation> byItem = new HashMap<>();
        valuations.forEach(v -> byItem.put(v.itemId(), v));
        Map<Long, GoodsOffer.Decision> decisions = new HashMap<>();
        for (GoodsItem item : offer.getItems()) {
            ItemValuation v = byItem.get(item.getId());
            boolean hasReason = v != null && v.reason() != null && !v.reason().isBlank();
            if (v == null || (v.value() == null) == !hasReason) {
                throw new InvalidInput("value", "barter.error.valueOrReason", item.getLineNo());
            }
            decisions.put(
                    item.getId(),
                    new GoodsOffer.Decision(
                            suggestion(item).value(),
                            hasReason ? null : v.value().setScale(2, RoundingMode.UNNECESSARY),
                            hasReason ? v.reason() : null,
                            v.inspection()));
        }
        String actor = Callers.name(session);
        offer.value(decisions, clock.instant(), actor);
        flush(offerId);
        audit.record(
                "GOODS_VALUED", RECORD_TYPE, offerId, "request " + offer.getRequestId() + ": " + offer.value() + " €");
        JobFacts.Client client = facts.client(offer.getRequestId());
        if (client.email() != null) {
            valued.fire(new GoodsValued(
                    offerId,
                    client.requestId(),
                    client.number(),
                    client.name(),
                    client.email(),
                    client.language(),
                    offer.getItems().stream()
                            .map(i -> new GoodsValued.Line(
                                    i.getDescription(),
                                    i.getQuantity(),
                                    i.getFinalValue(),
                                    i.getRejectionReason(),
                                    i.isInspectionNeeded()))
                            .toList(),
                    offer.value(),
                    desk.trackingUrl(client.requestId())));
        }
        return view(offer, client.language(), true);
    }

    /**
     * The client accepts the valuation (the accepted items' value moves from the cooperative's goods account
     * to theirs) or withdraws the offer, from the tracking page. Operators are told.
     *
     * @throws InvalidInput naming {@code action} when the offer is not valued yet (accept) or was already
     *     answered
     * @throws ConflictingChange when the valuation changed since the client saw it
     */
    @PermitAll
    public OfferView answer(String token, long offerId, long version, boolean accept) {
        RequestView request = tracking.track(token);
        GoodsOffer offer = seen(offerId, version);
        if (offer.getRequestId() != request.id()) {
            throw new RecordNotFound(RECORD_TYPE, offerId);
        }
        JobFacts.Client client = facts.client(request.id());
        String actor = client.email() == null ? "client" : client.email();
        BigDecimal credit = BigDecimal.ZERO.setScale(2);
        try {
            if (accept) {
                credit = offer.accept(clock.instant());
                if (credit.signum() > 0) {
                    book.move(
                            CreditMovement.Reason.GOODS_ACCEPTED,
                            Ledger.Account.GOODS,
                            Ledger.Account.client(offer.getClientKey()),
                            credit,
                            request.id(),
                            offerId,
                            actor);
                }
            } else {
                offer.withdraw(clock.instant());
            }
        } catch (IllegalStateException e) {
            throw new InvalidInput("action", "barter.error.answered");
        }
        flush(offerId);
        audit.recordAs(actor, accept ? "GOODS_ACCEPTED" : "GOODS_WITHDRAWN", RECORD_TYPE, offerId, credit + " €");
        BigDecimal balance = book.balance(Ledger.Account.client(offer.getClientKey()));
        answered.fire(new GoodsAnswered(
                offerId, request.id(), client.number(), client.name(), accept, credit, balance, offer.isPickUp()));
        return forClient(view(offer, client.language(), false));
    }

    /**
     * Records accepted items as collected: where each goes and its measured weight (the impact report counts
     * them).
     *
     * @throws InvalidInput naming {@code action} unless the offer was accepted, {@code destination} for an
     *     item that was not accepted
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public OfferView collect(long offerId, long version, @NotNull List<@Valid @NotNull ItemCollection> collected) {
        GoodsOffer offer = seen(offerId, version);
        if (offer.getState() != GoodsOffer.State.ACCEPTED) {
            throw new InvalidInput("action", "barter.error.notAccepted");
        }
        String actor = Callers.name(session);
        for (ItemCollection c : collected) {
            GoodsItem item;
            try {
                item = offer.item(c.itemId());
            } catch (IllegalArgumentException e) {
                throw new RecordNotFound("GoodsItem", c.itemId());
            }
            if (!item.isAccepted()) {
                throw new InvalidInput("destination", "barter.error.itemRefused", item.getLineNo());
            }
            offer.collect(c.itemId(), c.destination(), c.measuredKg(), clock.instant(), actor);
        }
        flush(offerId);
        audit.record("GOODS_COLLECTED", RECORD_TYPE, offerId, collected.size() + " items");
        return view(offer, facts.client(offer.getRequestId()).language(), true);
    }

    /** The kilograms and value reused, recycled and disposed of between two days, and the offers to value. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public GoodsImpact impact(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(ITALY).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ITALY).toInstant();
        Map<Destination, BigDecimal[]> sums = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT i.destination, SUM(i.measuredKg), SUM(i.finalValue) FROM GoodsItem i"
                                + " WHERE i.collectedAt >= :start AND i.collectedAt < :end GROUP BY i.destination",
                        Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()) {
            sums.put((Destination) row[0], new BigDecimal[] {(BigDecimal) row[1], (BigDecimal) row[2]});
        }
        BigDecimal kgReused = BigDecimal.ZERO.setScale(2);
        BigDecimal valueReused = BigDecimal.ZERO.setScale(2);
        for (var entry : sums.entrySet()) {
            if (entry.getKey().reused()) {
                kgReused = kgReused.add(entry.getValue()[0]);
                valueReused = valueReused.add(entry.getValue()[1]);
            }
        }
        long toValue = em.createQuery("SELECT COUNT(o) FROM GoodsOffer o WHERE o.state = :offered", Long.class)
                .setParameter("offered", GoodsOffer.State.OFFERED)
                .getSingleResult();
        return new GoodsImpact(
                from,
                to,
                kgReused,
                valueReused,
                kg(sums, Destination.RECYCLING),
                kg(sums, Destination.DISPOSAL),
                toValue);
    }

    private static BigDecimal kg(Map<Destination, BigDecimal[]> sums, Destination destination) {
        BigDecimal[] sum = sums.get(destination);
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum[0];
    }

    /** Checks the goods before anything is stored: categories offered now, photos that are real images. */
    private List<List<KeptPhoto>> checked(GoodsOfferDraft goods) {
        Map<String, String> open = prices.choices("it");
        List<List<KeptPhoto>> images = new ArrayList<>();
        int line = 1;
        for (GoodsOfferDraft.Item item : goods.items()) {
            if (!open.containsKey(item.categoryCode())) {
                throw new InvalidInput("categoryCode", "barter.error.category", line);
            }
            List<KeptPhoto> decoded = new ArrayList<>();
            for (byte[] photo : item.photos()) {
                try {
                    decoded.add(seals.keep(photo, GoodsItem.SIDE));
                } catch (PhotoCheck.Refused e) {
                    throw new InvalidInput("photos", e.reason().messageKey());
                }
            }
            images.add(decoded);
            line++;
        }
        return images;
    }

    private GoodsOffer store(JobFacts.Client client, GoodsOfferDraft goods, List<List<KeptPhoto>> images, String by) {
        GoodsOffer offer = new GoodsOffer(
                client.requestId(),
                client.clientKey(),
                goods.pickUp(),
                goods.items().stream()
                        .map(i -> new GoodsOffer.Described(
                                i.categoryCode(),
                                i.description(),
                                i.condition(),
                                i.ageYears(),
                                i.quantity(),
                                i.weightKg()))
                        .toList(),
                clock.instant(),
                by);
        em.persist(offer);
        em.flush();
        for (int i = 0; i < offer.getItems().size(); i++) {
            int position = 0;
            for (KeptPhoto photo : images.get(i)) {
                em.persist(new GoodsItemPhoto(offer.getItems().get(i).getId(), position++, photo.jpeg()));
            }
        }
        em.flush();
        return offer;
    }

    private List<GoodsOffer> offers(long requestId) {
        return em.createQuery("SELECT o FROM GoodsOffer o WHERE o.requestId = :request ORDER BY o.id", GoodsOffer.class)
                .setParameter("request", requestId)
                .getResultList();
    }

    private GoodsOffer seen(long offerId, long version) {
        GoodsOffer offer = em.find(GoodsOffer.class, offerId);
        if (offer == null) {
            throw new RecordNotFound(RECORD_TYPE, offerId);
        }
        if (offer.getVersion() != version) {
            throw new ConflictingChange(ConflictingChange.STALE, "goods offer " + offerId + " changed meanwhile");
        }
        return offer;
    }

    /** Writes now, so that a valuation committed by someone else meanwhile is a conflict, not a lost update. */
    private void flush(long offerId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictingChange(ConflictingChange.STALE, "goods offer " + offerId + " changed meanwhile");
        }
    }

    private Valuation.Suggestion suggestion(GoodsItem item) {
        return Valuation.suggest(
                new Valuation.Item(item.getCondition(), item.getAgeYears(), item.getQuantity()),
                prices.rule(item.getCategoryCode()));
    }

    private OfferView view(GoodsOffer offer, String language, boolean backOffice) {
        Map<String, String> names = prices.names(language);
        Map<Long, Long> photos = new HashMap<>();
        List<Long> ids = offer.getItems().stream().map(GoodsItem::getId).toList();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createQuery(
                            "SELECT p.itemId, COUNT(p) FROM GoodsItemPhoto p WHERE p.itemId IN :ids GROUP BY p.itemId",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                photos.put((Long) row[0], (Long) row[1]);
            }
        }
        return new OfferView(
                offer.getId(),
                offer.getRequestId(),
                offer.getState(),
                offer.isPickUp(),
                offer.getOfferedAt(),
                offer.getValuedAt(),
                offer.getValuedBy(),
                offer.value(),
                offer.getCreditAmount(),
                offer.getItems().stream()
                        .map(i -> new OfferView.Item(
                                i.getId(),
                                i.getLineNo(),
                                i.getCategoryCode(),
                                names.getOrDefault(i.getCategoryCode(), i.getCategoryCode()),
                                i.getDescription(),
                                i.getCondition(),
                                i.getAgeYears(),
                                i.getQuantity(),
                                i.getWeightKg(),
                                photos.getOrDefault(i.getId(), 0L).intValue(),
                                backOffice ? suggestion(i) : null,
                                i.isValued(),
                                i.getFinalValue(),
                                i.getRejectionReason(),
                                i.isInspectionNeeded(),
                                i.getValuedBy(),
                                i.getValuedAt(),
                                i.getDestination(),
                                i.getMeasuredKg(),
                                i.getCollectedAt()))
                        .toList(),
                offer.getVersion());
    }

    /** The client's copy: not who valued it. */
    private static OfferView forClient(OfferView view) {
        return new OfferView(
                view.id(),
                view.requestId(),
                view.state(),
                view.pickUp(),
                view.offeredAt(),
                view.valuedAt(),
                null,
                view.value(),
                view.credit(),
                view.items().stream()
                        .map(i -> new OfferView.Item(
                                i.id(),
                                i.lineNo(),
                                i.categoryCode(),
                                i.categoryName(),
                                i.description(),
                                i.condition(),
                                i.ageYears(),
                                i.quantity(),
                                i.weightKg(),
                                i.photos(),
                                null,
                                i.valued(),
                                i.finalValue(),
                                i.rejectionReason(),
                                i.inspectionNeeded(),
                                null,
                                i.valuedAt(),
                                i.destination(),
                                i.measuredKg(),
                                i.collectedAt()))
                        .toList(),
                view.version());
    }
}
