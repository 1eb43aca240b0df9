package it.wecare.factotum.platform.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.platform.control.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The comuni this node has shown lately (labels, coordinates), by ISTAT code, reused for
 * {@link ReferenceData#freshness}. Emptied after a correction on this node commits.
 */
@ApplicationScoped
class ComuneLabels {

    private final Cache<String, ComuneSummary> known =
            ReferenceData.cache().maximumSize(10_000).build();

    /** The known comuni among {@code codes}; {@code load} reads those not in memory. */
    Map<String, ComuneSummary> summaries(
            Collection<String> codes, Function<Set<? extends String>, Map<String, ComuneSummary>> load) {
        return known.getAll(codes, load);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ComuniChanged change) {
        known.invalidateAll();
    }
}
