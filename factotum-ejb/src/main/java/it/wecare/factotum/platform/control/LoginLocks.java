package it.wecare.factotum.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins, counted on three keys so that a guesser is slowed without being handed a switch that
 * locks someone else out, and so that an address with no account answers exactly as one with an account:
 *
 * <ul>
 *   <li>an <b>email from one address</b>: after {@code perPair} consecutive failures that email is locked
 *       for that address only (the guesser's own network), whether or not an account has that email;
 *   <li>an <b>address</b>: after {@code perAddress} failures on any emails it may not try any login
 *       (password spraying);
 *   <li>an <b>email from anywhere</b>: after {@code perEmail} failures from many addresses the email is
 *       locked for everyone (a distributed guess), again whether or not an account has it.
 * </ul>
 *
 * A lock lasts {@code lock}; failures older than that are forgotten. While locked, nothing is counted (the
 * password is not even checked). Kept in memory on each node: with several nodes each counts its own share
 * of the attempts, and a restart forgets them (README, "Security").
 */
public final class LoginLocks {

    /** The limits in force (settings). */
    public record Limits(int perPair, int perAddress, int perEmail, Duration lock) {
        public Limits {
            if (perPair < 1 || perAddress < 1 || perEmail < 1) {
                throw new IllegalArgumentException("Every limit must be at least 1");
            }
            if (lock.isNegative() || lock.isZero()) {
                throw new IllegalArgumentException("lock must be positive");
            }
        }
    }

    /** Why a login is not even tried, and until when. */
    public record Refusal(Scope scope, Instant until) {}

    /** What is locked: the email (from this address or from everywhere) or the whole address. */
    public enum Scope {
        EMAIL,
        ADDRESS
    }

    private static final class Window {
        int failures;
        Instant first;
        Instant lockedUntil;

        synchronized Instant lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null;
        }

        synchronized Instant fail(Instant now, int limit, Duration lock) {
            if (lockedUntil != null && !lockedUntil.isAfter(now)
                    || first != null && !first.plus(lock).isAfter(now)) {
                failures = 0;
                first = null;
                lockedUntil = null;
            }
            if (first == null) {
                first = now;
            }
            failures++;
            if (failures >= limit) {
                lockedUntil = now.plus(lock);
            }
            return lockedAt(now);
        }
    }

    private final Cache<String, Window> pairs = cache();
    private final Cache<String, Window> addresses = cache();
    private final Cache<String, Window> emails = cache();

    private static Cache<String, Window> cache() {
        return Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfterAccess(Duration.ofDays(1))
                .build();
    }

    private static String pair(String email, String address) {
        return email + "\n" + address;
    }

    /** Whether a login of {@code email} from {@code address} is refused now without trying it. */
    public Optional<Refusal> refusal(String email, String address, Instant now) {
        Instant until = lockedAt(addresses, address, now);
        if (until != null) {
            return Optional.of(new Refusal(Scope.ADDRESS, until));
        }
        Instant pairUntil = lockedAt(pairs, pair(email, address), now);
        Instant emailUntil = lockedAt(emails, email, now);
        Instant later = pairUntil == null
                ? emailUntil
                : emailUntil == null || pairUntil.isAfter(emailUntil) ? pairUntil : emailUntil;
        return Optional.ofNullable(later).map(u -> new Refusal(Scope.EMAIL, u));
    }

    /** Counts a failed login; returns the lock it caused, if it caused one. */
    public Optional<Refusal> failed(String email, String address, Instant now, Limits limits) {
        Instant email1 = window(pairs, pair(email, address)).fail(now, limits.perPair(), limits.lock());
        Instant email2 = window(emails, email).fail(now, limits.perEmail(), limits.lock());
        Instant byAddress = window(addresses, address).fail(now, limits.perAddress(), limits.lock());
        if (email1 != null || email2 != null) {
            return Optional.of(new Refusal(Scope.EMAIL, email1 != null ? email1 : email2));
        }
        return Optional.ofNullable(byAddress).map(u -> new Refusal(Scope.ADDRESS, u));
    }

    /** A successful login clears the count of that email from that address. */
    public void succeeded(String email, String address) {
        pairs.invalidate(pair(email, address));
    }

    /** Forgets every count and lock of {@code email} (an administrator unlocks an account). */
    public void release(String email) {
        emails.invalidate(email);
        pairs.asMap().keySet().removeIf(key -> key.startsWith(email + "\n"));
    }

    private static Window window(Cache<String, Window> cache, String key) {
        return cache.get(key, k -> new Window());
    }

    private static Instant lockedAt(Cache<String, Window> cache, String key, Instant now) {
        Window window = cache.getIfPresent(key);
        return window == null ? null : window.lockedAt(now);
    }
}
