package it.wecare.factotum.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One line of the audit log: who did what to which record, when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 254)
    private String actor;

    @Column(name = "action_name", nullable = false, length = 60)
    private String action;

    @Column(name = "record_type", nullable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", length = 60)
    private String recordId;

    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(
            Instant occurredAt, String actor, String action, String recordType, String recordId, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.recordId = recordId;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH
                ? detail
                : detail.substring(0, DETAIL_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getDetail() {
        return detail;
    }
}
