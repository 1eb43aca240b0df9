package it.wecare.factotum.web.workers;

import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.api.workers.WorkerPage;
import it.wecare.factotum.api.workers.WorkerProfile;
import it.wecare.factotum.api.workers.WorkersApi;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.Page;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.web.platform.rest.Languages;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

@RequestScoped
public class WorkersResource implements WorkersApi {

    @Inject
    Workers workers;

    @Inject
    Catalog catalog;

    @Inject
    Comuni comuni;

    @Override
    public WorkerPage list(
            String category, String kind, String comune, String page, String size, String acceptLanguage) {
        String language = Languages.of(acceptLanguage);
        List<String> services = null;
        if (category != null) {
            try {
                CategoryNode node = catalog.node(category, language);
                List<String> codes = new ArrayList<>();
                codes.add(node.code());
                node.subcategories().forEach(s -> codes.add(s.code()));
                services = codes;
            } catch (RecordNotFound e) {
                throw new InvalidInput("category", "workers.error.category");
            }
        }
        String province = null;
        if (comune != null) {
            try {
                province = comuni.byCode(comune).provinceCode();
            } catch (RecordNotFound e) {
                throw new InvalidInput("comune", "workers.error.comune");
            }
        }
        int pageNumber = Integer.parseInt(page);
        int pageSize = Integer.parseInt(size);
        Page<WorkerProfile> found = workers.publicList(
                kind == null ? null : WorkerKind.valueOf(kind),
                services,
                comune,
                province,
                pageNumber * pageSize,
                pageSize,
                language);
        return new WorkerPage(found.items(), pageNumber, pageSize, found.total());
    }

    @Override
    public WorkerProfile get(long id, String acceptLanguage) {
        return workers.profile(id, Languages.of(acceptLanguage));
    }
}
