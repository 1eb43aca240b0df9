package it.wecare.factotum.platform.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import it.wecare.factotum.platform.control.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * "Torino (TO)" by ISTAT code, for the comuni this node has shown lately, reused for
 * {@link ReferenceData#freshness}. Emptied after a correction on this node commits.
 */
@ApplicationScoped
class ComuneLabels {

    private final Cache<String, String> labels =
            ReferenceData.cache().maximumSize(10_000).build();

    /** The labels of the known codes among {@code codes}; {@code load} reads those not in memory. */
    Map<String, String> labels(Collection<String> codes, Function<Set<? extends String>, Map<String, String>> load) {
        return labels.getAll(codes, load);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ComuniChanged change) {
        labels.invalidateAll();
    }
}
