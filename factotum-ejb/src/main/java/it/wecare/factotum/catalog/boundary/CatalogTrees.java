package it.wecare.factotum.catalog.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.platform.control.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.function.Function;

/**
 * The active catalog tree of this node, per language, reused for {@link ReferenceData#freshness}: every
 * page of the public site and every request submission reads it. Emptied after a catalog change on this
 * node commits.
 */
@ApplicationScoped
class CatalogTrees {

    private final Cache<String, List<CategoryNode>> trees =
            ReferenceData.cache().build();

    List<CategoryNode> tree(String language, Function<String, List<CategoryNode>> load) {
        return trees.get("en".equals(language) ? "en" : "it", load);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) CatalogChanged change) {
        trees.invalidateAll();
    }
}
