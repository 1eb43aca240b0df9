package it.wecare.factotum.web.catalog;

import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.api.workers.WorkerProfile;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.search.boundary.Search;
import it.wecare.factotum.search.boundary.WorkerResults;
import it.wecare.factotum.search.boundary.WorkerSearch;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.workers.boundary.WorkerPhotos;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** The catalog on public pages: the tiles of the home page and the page of one category. */
@Named
@RequestScoped
public class CatalogView {

    static final int WORKERS_SHOWN = 6;

    @Inject
    Catalog catalog;

    @Inject
    LanguageSwitch language;

    private List<CategoryNode> categories;
    private String code;
    private CategoryNode category;
    private WorkerResults workers;
    private Set<Long> withPhoto = Set.of();

    @Inject
    Search search;

    @Inject
    WorkerPhotos photos;

    public List<CategoryNode> getCategories() {
        if (categories == null) {
            categories = catalog.tree(language.getLanguage());
        }
        return categories;
    }

    /** Loads the category of the page; an unknown code is a 404 page, not an error. */
    public void loadCategory() throws IOException {
        try {
            category = catalog.node(code, language.getLanguage());
        } catch (RecordNotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such category");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The first workers offering the category's services. */
    public WorkerResults getWorkers() {
        if (workers == null && category != null) {
            workers = search.workers(new WorkerSearch(
                    null, category.code(), null, null, null, 0, WORKERS_SHOWN, false, language.getLanguage()));
            withPhoto = photos.having(
                    workers.items().stream().map(WorkerProfile::id).toList());
        }
        return workers;
    }

    public boolean hasPhoto(long workerId) {
        return withPhoto.contains(workerId);
    }

    public CategoryNode getCategory() {
        return category;
    }
}
