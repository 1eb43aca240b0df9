package it.wecare.factotum.web.catalog;

import it.wecare.factotum.api.catalog.CategoriesApi;
import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.catalog.boundary.Catalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

@RequestScoped
public class CategoriesResource implements CategoriesApi {

    @Inject
    Catalog catalog;

    @Override
    public List<CategoryNode> list(String acceptLanguage) {
        return catalog.tree(language(acceptLanguage));
    }

    @Override
    public CategoryNode get(String code, String acceptLanguage) {
        return catalog.node(code, language(acceptLanguage));
    }

    static String language(String acceptLanguage) {
        return acceptLanguage != null
                        && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en")
                ? "en"
                : "it";
    }
}
