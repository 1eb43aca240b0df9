package it.wecare.factotum.barter.boundary;

import it.wecare.factotum.barter.control.Ledger;
import it.wecare.factotum.barter.entity.CreditAccount;
import it.wecare.factotum.barter.entity.CreditMovement;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Writes the credit ledger in the caller's transaction: locks the accounts a movement touches (always in the
 * same order, so two movements never wait for each other), asks {@link Ledger} whether the movement is
 * allowed, and stores its two halves.
 */
@Dependent
class CreditBook {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The balance of {@code account} (zero when it never moved), without locking. */
    BigDecimal balance(Ledger.Account account) {
        return em.createQuery(
                        "SELECT c.balance FROM CreditAccount c WHERE c.kind = :kind AND c.key = :key", BigDecimal.class)
                .setParameter("kind", account.kind())
                .setParameter("key", account.key())
                .getResultStream()
                .findFirst()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    /** The client account the credit applied to a job came from, if any was applied. */
    Optional<Ledger.Account> sourceOf(long requestId) {
        return em.createQuery(
                        "SELECT m.account FROM CreditMovement m WHERE m.requestId = :request AND m.reason = :applied"
                                + " AND m.amount < 0 ORDER BY m.id DESC",
                        CreditAccount.class)
                .setParameter("request", requestId)
                .setParameter("applied", CreditMovement.Reason.APPLIED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(CreditAccount::account);
    }

    /**
     * Moves {@code amount} as {@code reason} says (goods accepted: goods → client; applied: client → job;
     * returned: the whole job → client).
     *
     * @return the movement, or null for a return with nothing to give back
     * @throws Ledger.Refused when the rules refuse it (a balance would go below zero)
     */
    Ledger.Movement move(
            CreditMovement.Reason reason,
            Ledger.Account from,
            Ledger.Account to,
            BigDecimal amount,
            Long requestId,
            Long offerId,
            String actor) {
        return move(reason, from, to, balance -> amount, requestId, offerId, actor);
    }

    /**
     * Moves the amount {@code amountOf} gives for the balance of {@code from} once it is locked (what a quote
     * may take depends on what the client has, and another transaction may be spending it).
     *
     * @return the movement, or null when the amount is zero or there is nothing to give back
     */
    Ledger.Movement move(
            CreditMovement.Reason reason,
            Ledger.Account from,
            Ledger.Account to,
            UnaryOperator<BigDecimal> amountOf,
            Long requestId,
            Long offerId,
            String actor) {
        Map<Ledger.Account, CreditAccount> locked = new HashMap<>();
        for (Ledger.Account account : List.of(from, to).stream()
                .sorted(Comparator.comparing((Ledger.Account a) -> a.kind().ordinal())
                        .thenComparing(Ledger.Account::key))
                .toList()) {
            locked.put(account, locked(account));
        }
        Map<Ledger.Account, BigDecimal> balances = new HashMap<>();
        locked.forEach((account, row) -> balances.put(account, row.getBalance()));
        Ledger ledger = new Ledger(balances);
        BigDecimal amount = amountOf.apply(ledger.balance(from));
        if (amount.signum() == 0) {
            return null;
        }
        Ledger.Movement movement = switch (reason) {
            case GOODS_ACCEPTED -> ledger.credit(to, amount);
            case APPLIED -> ledger.apply(from, to, amount);
            case RETURNED -> ledger.refund(from, to);
        };
        if (movement == null) {
            return null;
        }
        for (CreditMovement half : CreditMovement.transfer(
                locked.get(movement.from()),
                locked.get(movement.to()),
                movement.amount(),
                reason,
                requestId,
                offerId,
                clock.instant(),
                actor)) {
            em.persist(half);
        }
        return movement;
    }

    private CreditAccount locked(Ledger.Account account) {
        List<CreditAccount> found = em.createQuery(
                        "SELECT c FROM CreditAccount c WHERE c.kind = :kind AND c.key = :key", CreditAccount.class)
                .setParameter("kind", account.kind())
                .setParameter("key", account.key())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        CreditAccount fresh = new CreditAccount(account);
        em.persist(fresh);
        em.flush();
        return fresh;
    }
}
