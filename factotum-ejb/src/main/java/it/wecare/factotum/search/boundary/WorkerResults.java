package it.wecare.factotum.search.boundary;

import it.wecare.factotum.api.workers.WorkerProfile;
import java.io.Serializable;
import java.util.List;

/**
 * What a search for workers found.
 *
 * @param items the profiles of the page, best first
 * @param total how many match
 * @param page the page, from 0
 * @param size the page size
 * @param facets counts by dimension (kind, category, subcategory, province) when asked for; each dimension
 *     counted as if its own filter were not set, so the other values stay reachable
 */
public record WorkerResults(List<WorkerProfile> items, long total, int page, int size, List<Facet> facets)
        implements Serializable {

    public WorkerResults {
        items = List.copyOf(items);
        facets = List.copyOf(facets);
    }

    /** Pages there are (at least one). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /**
     * One dimension of the facets.
     *
     * @param dimension kind, category, subcategory or province
     * @param values the values with their counts, most first
     */
    public record Facet(String dimension, List<Value> values) implements Serializable {
        public Facet {
            values = List.copyOf(values);
        }
    }

    /**
     * A value of a facet.
     *
     * @param code what goes in the query
     * @param label the name shown (null for kinds: the page names them)
     * @param count how many workers
     * @param selected whether the search filters by it
     */
    public record Value(String code, String label, int count, boolean selected) implements Serializable {}
}
