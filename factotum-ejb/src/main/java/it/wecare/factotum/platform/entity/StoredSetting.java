package it.wecare.factotum.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** The value an administrator gave a setting; a setting without a row has its default. */
@Entity
@Table(name = "app_setting")
public class StoredSetting {

    @Id
    @Column(name = "setting_name", length = 100)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected StoredSetting() {}

    public StoredSetting(String name, String value, Instant updatedAt, String updatedBy) {
        this.name = Objects.requireNonNull(name, "name");
        change(value, updatedAt, updatedBy);
    }

    /** A new, already validated value. */
    public void change(String value, Instant updatedAt, String updatedBy) {
        this.value = Objects.requireNonNull(value, "value");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.updatedBy = Objects.requireNonNull(updatedBy, "updatedBy");
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
