package it.wecare.factotum.barter.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of the goods credit: every movement takes an amount out of one account and puts the same
 * amount into another, so credit is never created or lost — the sum of all balances is always zero. Goods
 * accepted move credit from the cooperative's goods account (the only one that goes below zero: it is minus
 * all credit given) to the client; applying credit to a job moves it from the client to the job; cancelling
 * the job moves it back. A client's or a job's balance never goes below zero. The boundary loads the
 * balances it touches, asks the ledger for the movement, and stores it.
 */
public final class Ledger {

    /** Whose money an account holds. */
    public enum Kind {
        /** the cooperative's counterpart of all credit given for goods */
        GOODS,
        /** a client's credit (by email) */
        CLIENT,
        /** credit applied to a job (by request) */
        JOB
    }

    public record Account(Kind kind, String key) implements Serializable {
        public Account {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(key, "key");
        }

        public static final Account GOODS = new Account(Kind.GOODS, "goods");

        public static Account client(String email) {
            return new Account(Kind.CLIENT, email.trim().toLowerCase(Locale.ROOT));
        }

        public static Account job(long requestId) {
            return new Account(Kind.JOB, Long.toString(requestId));
        }
    }

    /** One paired movement: {@code amount} (positive, in euro cents precision) from one account to another. */
    public record Movement(Account from, Account to, BigDecimal amount) implements Serializable {}

    /** A movement the rules refuse, with the reason's message key. */
    public static final class Refused extends RuntimeException {
        private final String messageKey;

        Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Map<Account, BigDecimal> balances = new HashMap<>();

    /** A ledger over the given balances (accounts not given are at zero). */
    public Ledger(Map<Account, BigDecimal> balances) {
        balances.forEach((account, amount) -> this.balances.put(account, amount.setScale(2, RoundingMode.UNNECESSARY)));
    }

    public BigDecimal balance(Account account) {
        return balances.getOrDefault(account, BigDecimal.ZERO.setScale(2));
    }

    /** The sum of every balance: zero, always. */
    public BigDecimal sum() {
        return balances.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Credit for goods accepted from a client. */
    public Movement credit(Account client, BigDecimal amount) {
        requireKind(client, Kind.CLIENT);
        return move(Account.GOODS, client, amount);
    }

    /** Credit a client uses for a job. */
    public Movement apply(Account client, Account job, BigDecimal amount) {
        requireKind(client, Kind.CLIENT);
        requireKind(job, Kind.JOB);
        return move(client, job, amount);
    }

    /** The credit applied to a cancelled job goes back to the client; null when there was none. */
    public Movement refund(Account job, Account client) {
        requireKind(job, Kind.JOB);
        requireKind(client, Kind.CLIENT);
        BigDecimal applied = balance(job);
        return applied.signum() == 0 ? null : move(job, client, applied);
    }

    private Movement move(Account from, Account to, BigDecimal amount) {
        if (amount == null
                || amount.signum() <= 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new Refused("barter.error.amount");
        }
        BigDecimal cents = amount.setScale(2, RoundingMode.UNNECESSARY);
        if (from.kind() != Kind.GOODS && balance(from).compareTo(cents) < 0) {
            throw new Refused("barter.error.notEnoughCredit");
        }
        balances.put(from, balance(from).subtract(cents));
        balances.put(to, balance(to).add(cents));
        return new Movement(from, to, cents);
    }

    private static void requireKind(Account account, Kind kind) {
        if (account.kind() != kind) {
            throw new IllegalArgumentException(account + " is not a " + kind + " account");
        }
    }
}
