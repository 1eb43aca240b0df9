package it.wecare.factotum.workers.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import it.wecare.factotum.platform.control.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.Serializable;
import java.util.function.LongSupplier;

/**
 * How many workers there are, are active, and offer each service: matching says how many its filters left
 * out, and counting 100,000 workers at every ranking would cost more than the ranking. Kept per node for
 * {@link ReferenceData#freshness}, emptied when a worker changes on this node.
 */
@ApplicationScoped
class WorkerCounts {

    /** The three counts matching explains its filters with. */
    record Counts(long all, long active, long skilled) implements Serializable {}

    private final Cache<String, Long> counts =
            ReferenceData.cache().maximumSize(1_000).build();

    Counts of(String subcategoryCode, LongSupplier all, LongSupplier active, LongSupplier skilled) {
        return new Counts(
                counts.get("*all", k -> all.getAsLong()),
                counts.get("*active", k -> active.getAsLong()),
                counts.get(subcategoryCode, k -> skilled.getAsLong()));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) WorkerChanged change) {
        counts.invalidateAll();
    }
}
