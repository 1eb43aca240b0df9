package it.wecare.factotum.web.catalog;

import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.web.platform.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** The catalog on public pages: the tiles of the home page and the page of one category. */
@Named
@RequestScoped
public class CatalogView {

    @Inject
    Catalog catalog;

    @Inject
    LanguageSwitch language;

    private List<CategoryNode> categories;
    private String code;
    private CategoryNode category;

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

    public CategoryNode getCategory() {
        return category;
    }
}
