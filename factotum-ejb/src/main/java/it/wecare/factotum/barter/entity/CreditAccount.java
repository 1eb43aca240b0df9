package it.wecare.factotum.barter.entity;

import it.wecare.factotum.barter.control.Ledger;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The balance of one credit account, the sum of its {@link CreditMovement}s. Only the cooperative's goods
 * account goes below zero.
 */
@Entity
@Table(name = "credit_account")
public class CreditAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_kind", nullable = false, length = 10)
    private Ledger.Kind kind;

    @Column(name = "account_key", nullable = false, length = 254)
    private String key;

    @Column(name = "balance", nullable = false, precision = 12, scale = 2)
    private BigDecimal balance;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected CreditAccount() {}

    public CreditAccount(Ledger.Account account) {
        this.kind = Objects.requireNonNull(account, "account").kind();
        this.key = account.key();
        this.balance = BigDecimal.ZERO.setScale(2);
    }

    /** Adds {@code amount} (negative to take out). */
    void post(BigDecimal amount) {
        BigDecimal after = balance.add(amount);
        if (after.signum() < 0 && kind != Ledger.Kind.GOODS) {
            throw new IllegalStateException(kind + " " + key + " would go below zero");
        }
        balance = after;
    }

    public Ledger.Account account() {
        return new Ledger.Account(kind, key);
    }

    public Long getId() {
        return id;
    }

    public BigDecimal getBalance() {
        return balance;
    }
}
