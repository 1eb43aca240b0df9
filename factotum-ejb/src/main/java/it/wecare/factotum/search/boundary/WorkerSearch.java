package it.wecare.factotum.search.boundary;

import it.wecare.factotum.api.workers.WorkerKind;
import java.io.Serializable;

/**
 * A search for workers.
 *
 * @param text free text (may be blank)
 * @param service a category or subcategory code, or null
 * @param kind volunteer, factotum or artisan, or null
 * @param comune the ISTAT code of a comune the worker must serve (by itself or its whole province), or null
 * @param province a province where the worker must serve, or null
 * @param page the page, from 0
 * @param size the page size, 1-100
 * @param facets whether to count facets
 * @param language "it" or "en", for names
 */
public record WorkerSearch(
        String text,
        String service,
        WorkerKind kind,
        String comune,
        String province,
        int page,
        int size,
        boolean facets,
        String language)
        implements Serializable {

    public static final int MAX_SIZE = 100;

    public WorkerSearch {
        page = Math.max(0, page);
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }
}
