package it.wecare.factotum.platform.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import it.wecare.factotum.platform.entity.Account;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** Whether the session {@code email} opened at {@code loggedInAt} may go on. */
    public boolean holds(String email, Instant loggedInAt) {
        Instant from = validFrom.get(Account.normaliseEmail(email), signIn::sessionsValidFrom);
        return !loggedInAt.isBefore(from);
    }

    /** This node forgets what it knew about the account's sessions now and once the change commits. */
    void ended(String email) {
        forget(email);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                forget(email);
            }
        });
    }

    /** Forgets what this node knows about {@code email}'s sessions (the account just changed). */
    void forget(String email) {
        validFrom.invalidate(Account.normaliseEmail(email));
    }
}
