package it.wecare.factotum.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A cooperative of the WE.CARE network. */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "website", length = 300)
    private String website;

    @Column(name = "description_it", length = 1000)
    private String descriptionIt;

    @Column(name = "description_en", length = 1000)
    private String descriptionEn;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected PartnerOrganisation() {}

    public PartnerOrganisation(String code, String name, String city, String website) {
        String normalised = Objects.requireNonNull(code, "code").trim().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw new IllegalArgumentException("code must be 2-40 lower-case letters, digits or dashes");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        this.code = normalised;
        this.name = name.trim();
        this.city = city;
        this.website = website;
        this.active = true;
    }

    /** Corrects the name, city and website. */
    public void correct(String name, String city, String website) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1-200 characters");
        }
        if (website != null && !website.isBlank() && !website.matches("https?://\\S+")) {
            throw new IllegalArgumentException("website must be an http(s) address");
        }
        this.name = name.trim();
        this.city = city == null || city.isBlank() ? null : city.trim();
        this.website = website == null || website.isBlank() ? null : website.trim();
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getDescriptionIt() {
        return descriptionIt;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void describe(String italian, String english) {
        this.descriptionIt = italian;
        this.descriptionEn = english;
    }

    /** The description in {@code language}, falling back to Italian. */
    public String description(String language) {
        return "en".equals(language) && descriptionEn != null ? descriptionEn : descriptionIt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getWebsite() {
        return website;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
