package it.wecare.factotum.barter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/** A kind of goods clients may offer in exchange, with the price list the valuation starts from. */
@Entity
@Table(name = "goods_category")
public class GoodsCategory {

    public static final BigDecimal MAX_PRICE = new BigDecimal("100000");
    public static final BigDecimal MAX_NEED = new BigDecimal("3");

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_it", nullable = false, length = 80)
    private String nameIt;

    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn;

    @Column(name = "new_price", nullable = false, precision = 10, scale = 2)
    private BigDecimal newPrice;

    @Column(name = "useful_life_years", nullable = false)
    private int usefulLifeYears;

    @Column(name = "need", nullable = false, precision = 4, scale = 2)
    private BigDecimal need;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 254)
    private String updatedBy;

    /** kg CO2e avoided per kg reused; null when no factor is trusted (the kilograms still count). */
    @Column(name = "co2e_per_kg", precision = 6, scale = 2)
    private BigDecimal co2ePerKg;

    @Column(name = "co2e_source", length = 400)
    private String co2eSource;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected GoodsCategory() {}

    /** A new category at the end of the list ({@code sortOrder}); the same ranges as {@link #change}. */
    public GoodsCategory(
            String code,
            String nameIt,
            String nameEn,
            BigDecimal newPrice,
            int usefulLifeYears,
            BigDecimal need,
            int sortOrder,
            Instant now,
            String actor) {
        if (code == null || !code.matches("[a-z0-9-]{2,40}")) {
            throw new IllegalArgumentException("code must be 2-40 lower-case letters, digits or dashes");
        }
        this.code = code;
        this.sortOrder = sortOrder;
        change(nameIt, nameEn, newPrice, usefulLifeYears, need, true, now, actor);
    }

    /**
     * Changes the names and the price list.
     *
     * @throws IllegalArgumentException naming the value refused (the boundary validates first)
     */
    public void change(
            String nameIt,
            String nameEn,
            BigDecimal newPrice,
            int usefulLifeYears,
            BigDecimal need,
            boolean active,
            Instant now,
            String actor) {
        if (nameIt == null || nameIt.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("names are required");
        }
        if (newPrice == null || newPrice.signum() < 0 || newPrice.compareTo(MAX_PRICE) > 0) {
            throw new IllegalArgumentException("newPrice out of range");
        }
        if (usefulLifeYears < 1 || usefulLifeYears > 100) {
            throw new IllegalArgumentException("usefulLifeYears out of range");
        }
        if (need == null || need.signum() < 0 || need.compareTo(MAX_NEED) > 0) {
            throw new IllegalArgumentException("need out of range");
        }
        this.nameIt = nameIt.strip();
        this.nameEn = nameEn.strip();
        this.newPrice = newPrice.setScale(2, RoundingMode.HALF_UP);
        this.usefulLifeYears = usefulLifeYears;
        this.need = need.setScale(2, RoundingMode.HALF_UP);
        this.active = active;
        this.updatedAt = Objects.requireNonNull(now, "now");
        this.updatedBy = actor;
    }

    public String getCode() {
        return code;
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameIt;
    }

    public String getNameIt() {
        return nameIt;
    }

    public String getNameEn() {
        return nameEn;
    }

    public BigDecimal getNewPrice() {
        return newPrice;
    }

    public int getUsefulLifeYears() {
        return usefulLifeYears;
    }

    public BigDecimal getNeed() {
        return need;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public BigDecimal getCo2ePerKg() {
        return co2ePerKg;
    }

    public String getCo2eSource() {
        return co2eSource;
    }

    public long getVersion() {
        return version;
    }
}
