package it.wecare.factotum.notifications.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One email in the transactional outbox: written with the change that causes it, rendered once (subject,
 * text and HTML in the recipient's language), delivered at least once by the sender. Its Message-ID is
 * fixed at creation, so a repeated delivery is recognisable as the same message.
 *
 * <p>State changes after creation are conditional updates in {@code OutboxStore} (claim, sent, retry,
 * failed), so several WildFly nodes can share the table without sending a row twice.
 */
@Entity
@Table(name = "outbox_email")
public class OutboxEmail {

    /** Where an email is in its delivery. */
    public enum Status {
        /** Waiting for its next attempt. */
        PENDING,
        /** Claimed by a sender until {@code claimedUntil}. */
        SENDING,
        /** Accepted by the SMTP server (or the demo mailbox). */
        SENT,
        /** Refused for good, or out of attempts: an operator looks at it. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "message_id", nullable = false, length = 200)
    private String messageId;

    @Column(name = "kind", nullable = false, length = 60)
    private String kind;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "recipient_name", length = 200)
    private String recipientName;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "related_type", length = 60)
    private String relatedType;

    @Column(name = "related_id", length = 60)
    private String relatedId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "transport", length = 20)
    private String transport;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected OutboxEmail() {}

    public OutboxEmail(
            String messageId,
            String kind,
            String recipient,
            String recipientName,
            String language,
            String subject,
            String bodyText,
            String bodyHtml,
            Instant createdAt) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.recipientName = recipientName;
        this.language = Objects.requireNonNull(language, "language");
        this.subject = singleLine(Objects.requireNonNull(subject, "subject"), "subject");
        if (recipientName != null) {
            singleLine(recipientName, "recipientName");
        }
        singleLine(recipient, "recipient");
        this.bodyText = Objects.requireNonNull(bodyText, "bodyText");
        this.bodyHtml = Objects.requireNonNull(bodyHtml, "bodyHtml");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Status.PENDING;
        this.nextAttemptAt = createdAt;
    }

    /** Header fields never carry CR or LF: no header injection through a name or a subject. */
    static String singleLine(String value, String field) {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(field + " must be a single line");
        }
        return value;
    }

    public void relateTo(String type, Object id) {
        this.relatedType = type;
        this.relatedId = id == null ? null : String.valueOf(id);
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getRelatedType() {
        return relatedType;
    }

    public String getRelatedId() {
        return relatedId;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public String getLastError() {
        return lastError;
    }

    public String getTransport() {
        return transport;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getVersion() {
        return version;
    }
}
