package it.wecare.factotum.web.catalog;

import it.wecare.factotum.api.catalog.CategoriesApi;
import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.web.platform.rest.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

@RequestScoped
public class CategoriesResource implements CategoriesApi {

    @Inject
    Catalog catalog;

    @Override
    public List<CategoryNode> list(String acceptLanguage) {
        return catalog.tree(Languages.of(acceptLanguage));
    }

    @Override
    public CategoryNode get(String code, String acceptLanguage) {
        return catalog.node(code, Languages.of(acceptLanguage));
    }
}
