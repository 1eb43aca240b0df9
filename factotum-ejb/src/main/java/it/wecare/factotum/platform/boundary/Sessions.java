package it.wecare.factotum.platform.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import it.wecare.factotum.platform.entity.Account;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a login session still holds: not when the account was deactivated, or changed its password or
 * its roles after the session began. Each node keeps the answer for {@link #FRESHNESS}, so a change made on
 * another node ends the sessions there within that time (on this node at once).
 */
@ApplicationScoped
public class Sessions {

    /** How long a node trusts what it read about an account's sessions. */
    public static final Duration FRESHNESS = Duration.ofSeconds(5);

    @Inject
    SignIn signIn;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Cache<String, Instant> validFrom = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS)
            .maximumSize(50_000)
            .build();

    /**
     * When this node committed the end of an account's sessions: a change made here holds here at once,
     * whatever a database read in flight at that moment still saw.
     */
    private final Cache<String, Instant> endedHere = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(24))
            .maximumSize(50_000)
            .build();

    /** Whether the session {@code email} opened at {@code loggedInAt} may go on. */
    public boolean holds(String email, Instant loggedInAt) {
        String key = Account.normaliseEmail(email);
        Instant ended = endedHere.getIfPresent(key);
        if (ended != null && loggedInAt.isBefore(ended)) {
            return false;
        }
        Instant from = validFrom.get(key, signIn::sessionsValidFrom);
        return !loggedInAt.isBefore(from);
    }

    /**
     * The sessions of {@code email} opened before {@code at} end: once the change commits, this node refuses
     * them at once and forgets what it read about the account (other nodes within {@link #FRESHNESS}).
     */
    void ended(String email, Instant at) {
        Instant from = at == null ? Instant.now() : at;
        forget(email);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    endedHere.asMap().merge(Account.normaliseEmail(email), from, (a, b) -> a.isAfter(b) ? a : b);
                }
                forget(email);
            }
        });
    }

    /** Forgets what this node knows about {@code email}'s sessions (the account just changed). */
    void forget(String email) {
        validFrom.invalidate(Account.normaliseEmail(email));
    }
}
