package it.wecare.factotum.platform.entity;

import it.wecare.factotum.platform.control.LinkPurpose;
import it.wecare.factotum.platform.control.LinkRefusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A link sent by email that acts for someone without a password: it is bound to one purpose and one
 * record, expires, can be used once and can be revoked. Only the SHA-256 hash of its random token is
 * stored, so the table alone cannot be used to act for anyone.
 */
@Entity
@Table(name = "action_link")
@NamedQuery(name = ActionLink.BY_HASH, query = "SELECT l FROM ActionLink l WHERE l.tokenHash = :hash")
@NamedQuery(name = ActionLink.BY_SEALS, query = "SELECT l FROM ActionLink l WHERE l.seal IN :seals")
@NamedQuery(
        name = ActionLink.OPEN_FOR_RECORD,
        query = "SELECT l FROM ActionLink l WHERE l.recordType = :type AND l.recordId = :id AND l.purpose = :purpose"
                + " AND l.usedAt IS NULL AND l.revokedAt IS NULL")
public class ActionLink {

    public static final String BY_HASH = "ActionLink.byHash";
    public static final String OPEN_FOR_RECORD = "ActionLink.openForRecord";
    public static final String BY_SEALS = "ActionLink.bySeals";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 40)
    private LinkPurpose purpose;

    @Column(name = "record_type", nullable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", nullable = false, length = 60)
    private String recordId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** The stand-in an email carries until the token is minted at sending (LinkMarkers). */
    @Column(name = "seal", length = 32)
    private String seal;

    /** The outbox email that carries this link: only its sending mints the token (ActionLinks.mintFor). */
    @Column(name = "email_id")
    private Long emailId;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected ActionLink() {}

    public ActionLink(
            String tokenHash,
            LinkPurpose purpose,
            String recordType,
            String recordId,
            Instant createdAt,
            Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.recordId = Objects.requireNonNull(recordId, "recordId");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A link must expire after it is created");
        }
    }

    /** Why this link cannot serve {@code wanted} at {@code now}, or {@code null} if it can. */
    public LinkRefusal refusalFor(LinkPurpose wanted, Instant now) {
        if (purpose != wanted) {
            return LinkRefusal.WRONG_PURPOSE;
        }
        if (revokedAt != null) {
            return LinkRefusal.REVOKED;
        }
        if (usedAt != null) {
            return LinkRefusal.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return LinkRefusal.EXPIRED;
        }
        return null;
    }

    /** Uses the link; refuses a link that cannot serve {@code wanted} now. */
    public void use(LinkPurpose wanted, Instant now) {
        LinkRefusal refusal = refusalFor(wanted, now);
        if (refusal != null) {
            throw new IllegalStateException("Link cannot be used: " + refusal);
        }
        usedAt = now;
    }

    /** Ends the link earlier than planned (never later): a tracking link lives 30 days after its request closes. */
    public void expireAt(Instant when) {
        if (when.isBefore(expiresAt)) {
            expiresAt = when.isAfter(createdAt) ? when : createdAt.plusSeconds(1);
        }
    }

    /** Seals the link: it has no usable token until the email that carries it is sent. */
    public void seal(String seal) {
        if (this.seal != null) {
            throw new IllegalStateException("This link is already sealed");
        }
        this.seal = Objects.requireNonNull(seal, "seal");
    }

    /**
     * Binds the link to the email that carries it; only the first email that names it may. Returns whether
     * this email owns the link now.
     */
    public boolean carriedBy(long email) {
        if (emailId == null) {
            emailId = email;
        }
        return emailId == email;
    }

    public void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public LinkPurpose getPurpose() {
        return purpose;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getSeal() {
        return seal;
    }

    public Long getEmailId() {
        return emailId;
    }
}
