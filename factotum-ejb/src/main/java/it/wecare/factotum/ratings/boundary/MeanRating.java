package it.wecare.factotum.ratings.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import it.wecare.factotum.platform.control.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.function.Supplier;

/**
 * The average of all published reviews (the prior of every Bayesian average), kept on this node for
 * {@link ReferenceData#freshness}: each ranking of workers reads it, and it moves slowly. Emptied after a
 * review is published or hidden on this node.
 */
@ApplicationScoped
class MeanRating {

    private final Cache<String, Double> mean = ReferenceData.cache().build();

    double get(Supplier<Double> load) {
        return mean.get("mean", k -> load.get());
    }

    void published(@Observes(during = TransactionPhase.AFTER_COMPLETION) ReviewPublished change) {
        mean.invalidateAll();
    }

    void hidden(@Observes(during = TransactionPhase.AFTER_COMPLETION) ReviewHidden change) {
        mean.invalidateAll();
    }
}
