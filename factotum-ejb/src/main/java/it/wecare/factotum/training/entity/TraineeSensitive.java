package it.wecare.factotum.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The special-category data of a trainee (GDPR art. 9): why the person is fragile, who referred them, their
 * legal status, health notes relevant to the placement, the educator's own notes. Kept apart from every
 * other record, read only by the trainee's educator and the administrators, erased some months after the
 * traineeship ends.
 */
@Entity
@Table(name = "trainee_sensitive")
public class TraineeSensitive {

    @Id
    @Column(name = "traineeship_id")
    private Long traineeshipId;

    @Column(name = "vulnerability", length = 30)
    private String vulnerability;

    @Column(name = "referring_service", length = 300)
    private String referringService;

    @Column(name = "legal_status", length = 300)
    private String legalStatus;

    @Column(name = "health_notes", length = 2000)
    private String healthNotes;

    @Column(name = "private_notes", length = 4000)
    private String privateNotes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected TraineeSensitive() {}

    public TraineeSensitive(long traineeshipId) {
        this.traineeshipId = traineeshipId;
    }

    /** Writes the section (the vulnerability is a code of the list the page offers). */
    public void write(
            String vulnerability,
            String referringService,
            String legalStatus,
            String healthNotes,
            String privateNotes,
            String by,
            Instant at) {
        this.vulnerability = clean(vulnerability);
        this.referringService = clean(referringService);
        this.legalStatus = clean(legalStatus);
        this.healthNotes = clean(healthNotes);
        this.privateNotes = clean(privateNotes);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getTraineeshipId() {
        return traineeshipId;
    }

    public String getVulnerability() {
        return vulnerability;
    }

    public String getReferringService() {
        return referringService;
    }

    public String getLegalStatus() {
        return legalStatus;
    }

    public String getHealthNotes() {
        return healthNotes;
    }

    public String getPrivateNotes() {
        return privateNotes;
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
