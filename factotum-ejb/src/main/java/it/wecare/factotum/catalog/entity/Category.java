package it.wecare.factotum.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A node of the two-level service catalog: a category (no parent) or a subcategory (whose parent is a
 * category). Subcategories are what workers offer and clients ask for.
 */
@Entity
@Table(name = "catalog_category")
public class Category {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Column(name = "name_it", nullable = false, length = 120)
    private String nameIt;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "description_it", length = 1000)
    private String descriptionIt;

    @Column(name = "description_en", length = 1000)
    private String descriptionEn;

    @Column(name = "icon", length = 60)
    private String icon;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Category() {}

    /** A new node; {@code parent} null for a category, a category for a subcategory. */
    public Category(Category parent, String code, String nameIt, String nameEn, int sortOrder) {
        if (parent != null && parent.parent != null) {
            throw new IllegalArgumentException("The catalog has two levels: a subcategory cannot have children");
        }
        if (code == null || code.length() > 60 || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be lower-case words joined by dashes");
        }
        this.parent = parent;
        this.code = code;
        rename(nameIt, nameEn);
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public void rename(String italian, String english) {
        this.nameIt = requireName(italian, "nameIt");
        this.nameEn = requireName(english, "nameEn");
    }

    public void describe(String italian, String english, String icon) {
        this.descriptionIt = blankToNull(italian);
        this.descriptionEn = blankToNull(english);
        this.icon = blankToNull(icon);
    }

    public void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        if (parent != null && !parent.active) {
            throw new IllegalStateException("Activate the category before its subcategories");
        }
        active = true;
    }

    public boolean isSubcategory() {
        return parent != null;
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameIt;
    }

    public String description(String language) {
        return "en".equals(language) ? descriptionEn : descriptionIt;
    }

    private static String requireName(String name, String field) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException(field + " must be 1-120 characters");
        }
        return name.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() {
        return id;
    }

    public Category getParent() {
        return parent;
    }

    public String getCode() {
        return code;
    }

    public String getNameIt() {
        return nameIt;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionIt() {
        return descriptionIt;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getIcon() {
        return icon;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Category " + Objects.requireNonNullElse(code, "?");
    }
}
