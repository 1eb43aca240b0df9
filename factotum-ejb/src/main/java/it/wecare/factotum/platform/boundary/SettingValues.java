package it.wecare.factotum.platform.boundary;

import com.github.benmanes.caffeine.cache.LoadingCache;
import it.wecare.factotum.platform.control.ReferenceData;
import it.wecare.factotum.platform.entity.StoredSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stored settings of this node, read in one query and reused for {@link ReferenceData#freshness}:
 * a form submission reads half a dozen of them. Emptied after a change on this node commits.
 */
@ApplicationScoped
class SettingValues {

    private static final String ALL = "all";

    @PersistenceContext
    EntityManager em;

    private final LoadingCache<String, Map<String, String>> stored =
            ReferenceData.cache().build(key -> load());

    /** The stored values by key (a setting left at its default is absent). */
    Map<String, String> stored() {
        return stored.get(ALL);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) SettingChanged change) {
        stored.invalidateAll();
    }

    private Map<String, String> load() {
        return em
                .createQuery("SELECT s FROM StoredSetting s", StoredSetting.class)
                .setHint("eclipselink.read-only", "true")
                .getResultList()
                .stream()
                .collect(Collectors.toUnmodifiableMap(StoredSetting::getName, StoredSetting::getValue));
    }
}
