package it.wecare.factotum.search.boundary;

import it.wecare.factotum.api.workers.WorkerProfile;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.search.control.SearchEngine;
import it.wecare.factotum.workers.boundary.WorkerSheet;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public search for workers: free text (Italian-aware, with synonyms and one typo forgiven), filters
 * and facet counts, answered from this node's index without touching the database.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Search {

    @Inject
    SearchIndex index;

    /**
     * Searches workers.
     *
     * @throws InvalidInput naming {@code category}, {@code comune} or {@code province} when the code is unknown
     */
    public WorkerResults workers(WorkerSearch search) {
        Vocabulary vocabulary = index.vocabulary();
        Map<String, String> filters = new HashMap<>();
        if (search.service() != null) {
            if (vocabulary.isCategory(search.service())) {
                filters.put(SearchEngine.CATEGORY, search.service());
            } else if (vocabulary.isSubcategory(search.service())) {
                filters.put(SearchEngine.SUBCATEGORY, search.service());
            } else {
                throw new InvalidInput("category", "workers.error.category");
            }
        }
        if (search.kind() != null) {
            filters.put(SearchEngine.KIND, search.kind().name());
        }
        if (search.province() != null) {
            if (!vocabulary.provinceNames().containsKey(search.province())) {
                throw new InvalidInput("province", "workers.error.province");
            }
            filters.put(SearchEngine.PROVINCE, search.province());
        }
        List<String> serves = List.of();
        if (search.comune() != null) {
            String province = vocabulary.provinceOf(search.comune());
            if (province == null) {
                throw new InvalidInput("comune", "workers.error.comune");
            }
            serves = List.of(search.comune(), "P:" + province);
        }
        SearchEngine.Result found = index.search(new SearchEngine.Request(
                search.text(), filters, serves, search.page() * search.size(), search.size(), search.facets()));
        String language = search.language();
        Map<String, String> serviceNames = vocabulary.serviceNames(language);
        List<WorkerProfile> items = new ArrayList<>();
        for (Long id : found.ids()) {
            WorkerSheet sheet = index.sheet(id);
            if (sheet != null) {
                items.add(sheet.profile(language, serviceNames, vocabulary.comuneLabels(), vocabulary.provinceNames()));
            }
        }
        List<WorkerResults.Facet> facets = new ArrayList<>();
        found.facets().forEach((dimension, counts) -> {
            Map<String, String> labels = switch (dimension) {
                case SearchEngine.CATEGORY -> vocabulary.categoryNames(language);
                case SearchEngine.SUBCATEGORY -> serviceNames;
                case SearchEngine.PROVINCE -> vocabulary.provinceNames();
                default -> Map.of();
            };
            List<WorkerResults.Value> values = new ArrayList<>();
            counts.forEach((code, count) -> {
                if (dimension.equals(SearchEngine.KIND) || labels.containsKey(code)) {
                    values.add(new WorkerResults.Value(
                            code, labels.get(code), count, code.equals(filters.get(dimension))));
                }
            });
            facets.add(new WorkerResults.Facet(dimension, values));
        });
        return new WorkerResults(items, found.total(), search.page(), search.size(), facets);
    }

    /**
     * The services the client's words point to (at most {@code limit}, best first), as code → name in
     * {@code language}: "devo imbiancare la cucina" suggests the painting services.
     */
    public Map<String, String> suggestServices(String text, int limit, String language) {
        Map<String, String> names = index.vocabulary().serviceNames(language);
        Map<String, String> suggested = new LinkedHashMap<>();
        index.suggester().suggest(text, limit).forEach(code -> suggested.put(code, names.getOrDefault(code, code)));
        return suggested;
    }

    /** How many public profiles this node's index holds. */
    public int indexed() {
        return index.size();
    }
}
