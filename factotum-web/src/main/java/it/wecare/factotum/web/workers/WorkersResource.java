package it.wecare.factotum.web.workers;

import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.api.workers.WorkerPage;
import it.wecare.factotum.api.workers.WorkerProfile;
import it.wecare.factotum.api.workers.WorkersApi;
import it.wecare.factotum.search.boundary.Search;
import it.wecare.factotum.search.boundary.WorkerResults;
import it.wecare.factotum.search.boundary.WorkerSearch;
import it.wecare.factotum.web.platform.rest.Languages;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

@RequestScoped
public class WorkersResource implements WorkersApi {

    @Inject
    WorkerDirectory directory;

    @Inject
    Search search;

    @Override
    public WorkerPage list(
            String q, String category, String kind, String comune, String page, String size, String acceptLanguage) {
        int pageNumber = Integer.parseInt(page);
        int pageSize = Integer.parseInt(size);
        WorkerResults found = search.workers(new WorkerSearch(
                q,
                category,
                kind == null ? null : WorkerKind.valueOf(kind),
                comune,
                null,
                pageNumber,
                pageSize,
                false,
                Languages.of(acceptLanguage)));
        return new WorkerPage(found.items(), pageNumber, pageSize, found.total());
    }

    @Override
    public WorkerProfile get(long id, String acceptLanguage) {
        return directory.profile(id, Languages.of(acceptLanguage));
    }
}
