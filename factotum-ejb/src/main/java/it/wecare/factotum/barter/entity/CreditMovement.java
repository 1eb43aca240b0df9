package it.wecare.factotum.barter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Half of a transfer of credit: the amount out of one account (negative) or into the other (positive).
 * The two halves are written together by {@link #transfer}, so the sum of all movements stays zero.
 */
@Entity
@Table(name = "credit_movement")
public class CreditMovement {

    /** Why credit moved. */
    public enum Reason {
        /** goods accepted: from the goods account to the client */
        GOODS_ACCEPTED,
        /** credit used for a job: from the client to the job */
        APPLIED,
        /** the job was cancelled or its quote declined: from the job back to the client */
        RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "transfer_id", nullable = false, length = 36)
    private String transferId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private CreditAccount account;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20)
    private Reason reason;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 254)
    private String actor;

    protected CreditMovement() {}

    private CreditMovement(
            String transferId,
            CreditAccount account,
            BigDecimal amount,
            Reason reason,
            Long requestId,
            Long offerId,
            Instant now,
            String actor) {
        this.transferId = transferId;
        this.account = account;
        this.amount = amount;
        this.reason = reason;
        this.requestId = requestId;
        this.offerId = offerId;
        this.occurredAt = now;
        this.actor = actor;
    }

    /**
     * Moves {@code amount} (more than zero) from one account to another: both balances change and the two
     * halves are returned, to be persisted together.
     */
    public static List<CreditMovement> transfer(
            CreditAccount from,
            CreditAccount to,
            BigDecimal amount,
            Reason reason,
            Long requestId,
            Long offerId,
            Instant now,
            String actor) {
        Objects.requireNonNull(reason, "reason");
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("a transfer moves more than zero");
        }
        if (from == to) {
            throw new IllegalArgumentException("a transfer moves between two accounts");
        }
        String transfer = UUID.randomUUID().toString();
        from.post(amount.negate());
        to.post(amount);
        return List.of(
                new CreditMovement(transfer, from, amount.negate(), reason, requestId, offerId, now, actor),
                new CreditMovement(transfer, to, amount, reason, requestId, offerId, now, actor));
    }

    public String getTransferId() {
        return transferId;
    }

    public CreditAccount getAccount() {
        return account;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Reason getReason() {
        return reason;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
