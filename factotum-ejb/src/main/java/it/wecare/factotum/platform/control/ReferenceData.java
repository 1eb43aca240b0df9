package it.wecare.factotum.platform.control;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Reference data — the settings, the catalog's names, the comuni's labels — is read on nearly every
 * request and changed a few times a year, so each node keeps what it read for a few seconds
 * ({@code factotum.reference-cache-seconds}, default 10; 0 reads the database every time). A change
 * made on this node is seen at once (its capability's event empties the cache after the commit); one
 * made on another node sharing the database, within that many seconds.
 */
public final class ReferenceData {

    static final String PROPERTY = "factotum.reference-cache-seconds";
    static final long DEFAULT_SECONDS = 10;

    private ReferenceData() {}

    /** How long a value read from the database is reused. */
    public static Duration freshness(Configuration configuration) {
        long seconds = configuration.value(PROPERTY).map(Long::parseLong).orElse(DEFAULT_SECONDS);
        if (seconds < 0) {
            throw new IllegalArgumentException(PROPERTY + " must be 0 or more, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    /** A cache builder whose entries expire after {@link #freshness}. */
    public static Caffeine<Object, Object> cache() {
        return Caffeine.newBuilder().expireAfterWrite(freshness(Configuration.fromSystem()));
    }
}
