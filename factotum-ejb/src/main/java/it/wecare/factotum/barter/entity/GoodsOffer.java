package it.wecare.factotum.barter.entity;

import it.wecare.factotum.barter.control.Condition;
import it.wecare.factotum.barter.control.Destination;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Goods a client offers in exchange for a request's service. An offer is valued by an operator (every
 * item gets a value or the reason it is refused; it may be valued again until the client answers), then
 * accepted — its accepted items become credit — or withdrawn by the client. Accepted items are collected
 * one by one with where they go and what they weigh.
 */
@Entity
@Table(name = "goods_offer")
public class GoodsOffer {

    public static final int MAX_ITEMS = 20;

    /** Where an offer stands. */
    public enum State {
        OFFERED,
        VALUED,
        ACCEPTED,
        WITHDRAWN
    }

    /** An item as the client describes it. */
    public record Described(
            String categoryCode,
            String description,
            Condition condition,
            int ageYears,
            int quantity,
            BigDecimal weightKg) {}

    /** An operator's decision on one item: a value, or the reason it is refused. */
    public record Decision(BigDecimal suggested, BigDecimal value, String reason, boolean inspection) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "client_key", nullable = false, length = 254)
    private String clientKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state;

    @Column(name = "pick_up", nullable = false)
    private boolean pickUp;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "offered_by", nullable = false, length = 254)
    private String offeredBy;

    @Column(name = "valued_at")
    private Instant valuedAt;

    @Column(name = "valued_by", length = 254)
    private String valuedBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "credit_amount", precision = 12, scale = 2)
    private BigDecimal creditAmount;

    /** Kept by the figures from the request's events (GoodsFigures), read only in queries. */
    @Column(name = "organisation_code", length = 40, insertable = false, updatable = false)
    private String organisationCode;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo ASC")
    private List<GoodsItem> items = new ArrayList<>();

    protected GoodsOffer() {}

    public GoodsOffer(
            long requestId, String clientKey, boolean pickUp, List<Described> described, Instant now, String by) {
        if (described.isEmpty() || described.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("an offer has 1-" + MAX_ITEMS + " items");
        }
        this.requestId = requestId;
        this.clientKey = Objects.requireNonNull(clientKey, "clientKey");
        this.pickUp = pickUp;
        this.offeredAt = Objects.requireNonNull(now, "now");
        this.offeredBy = Objects.requireNonNull(by, "by");
        this.state = State.OFFERED;
        int line = 1;
        for (Described d : described) {
            items.add(new GoodsItem(
                    this,
                    line++,
                    d.categoryCode(),
                    d.description(),
                    d.condition(),
                    d.ageYears(),
                    d.quantity(),
                    d.weightKg()));
        }
    }

    /**
     * Values every item (keyed by item id), until the client answers. The offer becomes VALUED.
     *
     * @throws IllegalStateException once the client accepted or withdrew it
     * @throws IllegalArgumentException unless every item gets a decision
     */
    public void value(Map<Long, Decision> decisions, Instant now, String by) {
        if (state != State.OFFERED && state != State.VALUED) {
            throw new IllegalStateException("offer " + id + " is " + state);
        }
        for (GoodsItem item : items) {
            if (!decisions.containsKey(item.getId())) {
                throw new IllegalArgumentException("item " + item.getId() + " has no decision");
            }
        }
        for (GoodsItem item : items) {
            Decision d = decisions.get(item.getId());
            item.value(d.suggested(), d.value(), d.reason(), d.inspection(), now, by);
        }
        state = State.VALUED;
        valuedAt = now;
        valuedBy = by;
    }

    /**
     * The client accepts the valuation: the accepted items' value becomes their credit.
     *
     * @return the credit (zero when every item was refused)
     */
    public BigDecimal accept(Instant now) {
        if (state != State.VALUED) {
            throw new IllegalStateException("offer " + id + " is " + state);
        }
        state = State.ACCEPTED;
        answeredAt = now;
        creditAmount = value();
        return creditAmount;
    }

    /** The client withdraws the offer, before accepting it. */
    public void withdraw(Instant now) {
        if (state != State.OFFERED && state != State.VALUED) {
            throw new IllegalStateException("offer " + id + " is " + state);
        }
        state = State.WITHDRAWN;
        answeredAt = now;
    }

    /** An accepted item is collected: where it goes and what it weighs. */
    public void collect(long itemId, Destination destination, BigDecimal measuredKg, Instant now, String by) {
        if (state != State.ACCEPTED) {
            throw new IllegalStateException("offer " + id + " is " + state);
        }
        item(itemId).collect(destination, measuredKg, now, by);
    }

    /** The sum of the accepted items' values. */
    public BigDecimal value() {
        return items.stream()
                .filter(GoodsItem::isAccepted)
                .map(GoodsItem::getFinalValue)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public GoodsItem item(long itemId) {
        return items.stream()
                .filter(i -> i.getId() == itemId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("item " + itemId + " is not in offer " + id));
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public String getClientKey() {
        return clientKey;
    }

    public State getState() {
        return state;
    }

    public boolean isPickUp() {
        return pickUp;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public String getOfferedBy() {
        return offeredBy;
    }

    public Instant getValuedAt() {
        return valuedAt;
    }

    public String getValuedBy() {
        return valuedBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public BigDecimal getCreditAmount() {
        return creditAmount;
    }

    public long getVersion() {
        return version;
    }

    public List<GoodsItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
