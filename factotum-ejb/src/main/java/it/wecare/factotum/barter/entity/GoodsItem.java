package it.wecare.factotum.barter.entity;

import it.wecare.factotum.barter.control.Condition;
import it.wecare.factotum.barter.control.Destination;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * One item of an offer (or a lot of equal ones): as the client describes it, as an operator values it, and
 * as it is collected. Its changes go through {@link GoodsOffer}, which keeps the offer's state.
 */
@Entity
@Table(name = "goods_item")
public class GoodsItem {

    public static final int MAX_PHOTOS = 3;
    public static final int SIDE = 1600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private GoodsOffer offer;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_condition", nullable = false, length = 20)
    private Condition condition;

    @Column(name = "age_years", nullable = false)
    private int ageYears;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "weight_kg", precision = 8, scale = 2)
    private BigDecimal weightKg;

    @Column(name = "suggested_value", precision = 10, scale = 2)
    private BigDecimal suggestedValue;

    @Column(name = "final_value", precision = 10, scale = 2)
    private BigDecimal finalValue;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Column(name = "inspection_needed", nullable = false)
    private boolean inspectionNeeded;

    @Column(name = "valued_at")
    private Instant valuedAt;

    @Column(name = "valued_by", length = 254)
    private String valuedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "destination", length = 20)
    private Destination destination;

    @Column(name = "measured_kg", precision = 8, scale = 2)
    private BigDecimal measuredKg;

    @Column(name = "collected_at")
    private Instant collectedAt;

    @Column(name = "collected_by", length = 254)
    private String collectedBy;

    protected GoodsItem() {}

    GoodsItem(
            GoodsOffer offer,
            int lineNo,
            String categoryCode,
            String description,
            Condition condition,
            int ageYears,
            int quantity,
            BigDecimal weightKg) {
        this.offer = Objects.requireNonNull(offer, "offer");
        this.lineNo = lineNo;
        this.categoryCode = Objects.requireNonNull(categoryCode, "categoryCode");
        this.description = Objects.requireNonNull(description, "description").strip();
        this.condition = Objects.requireNonNull(condition, "condition");
        if (this.description.isEmpty() || this.description.length() > 500) {
            throw new IllegalArgumentException("description must be 1-500 characters");
        }
        if (ageYears < 0 || ageYears > 100 || quantity < 1 || quantity > 100) {
            throw new IllegalArgumentException("age must be 0-100, quantity 1-100");
        }
        if (weightKg != null && weightKg.signum() <= 0) {
            throw new IllegalArgumentException("weight must be more than zero");
        }
        this.ageYears = ageYears;
        this.quantity = quantity;
        this.weightKg = weightKg == null ? null : weightKg.setScale(2, RoundingMode.HALF_UP);
    }

    /** The operator's value (zero or more) for the item, or the reason it is not accepted. */
    void value(BigDecimal suggested, BigDecimal value, String reason, boolean inspection, Instant now, String by) {
        boolean rejected = reason != null && !reason.isBlank();
        if (rejected == (value != null)) {
            throw new IllegalArgumentException("an item gets either a value or a reason it is not accepted");
        }
        if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 2)) {
            throw new IllegalArgumentException("a value is zero or more, in cents");
        }
        this.suggestedValue = suggested;
        this.finalValue = value;
        this.rejectionReason = rejected ? reason.strip() : null;
        this.inspectionNeeded = inspection;
        this.valuedAt = now;
        this.valuedBy = by;
    }

    void collect(Destination destination, BigDecimal measuredKg, Instant now, String by) {
        if (!isAccepted()) {
            throw new IllegalStateException("item " + id + " was not accepted");
        }
        if (measuredKg == null || measuredKg.signum() <= 0) {
            throw new IllegalArgumentException("the measured weight must be more than zero");
        }
        this.destination = Objects.requireNonNull(destination, "destination");
        this.measuredKg = measuredKg.setScale(2, RoundingMode.HALF_UP);
        this.collectedAt = now;
        this.collectedBy = by;
    }

    /** Valued, and not refused. */
    public boolean isAccepted() {
        return finalValue != null;
    }

    public boolean isValued() {
        return valuedAt != null;
    }

    public Long getId() {
        return id;
    }

    public GoodsOffer getOffer() {
        return offer;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getDescription() {
        return description;
    }

    public Condition getCondition() {
        return condition;
    }

    public int getAgeYears() {
        return ageYears;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public BigDecimal getSuggestedValue() {
        return suggestedValue;
    }

    public BigDecimal getFinalValue() {
        return finalValue;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public boolean isInspectionNeeded() {
        return inspectionNeeded;
    }

    public Instant getValuedAt() {
        return valuedAt;
    }

    public String getValuedBy() {
        return valuedBy;
    }

    public Destination getDestination() {
        return destination;
    }

    public BigDecimal getMeasuredKg() {
        return measuredKg;
    }

    public Instant getCollectedAt() {
        return collectedAt;
    }

    public String getCollectedBy() {
        return collectedBy;
    }
}
