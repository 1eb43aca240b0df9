package it.wecare.factotum.web.partners;

import it.wecare.factotum.api.partners.Organisation;
import it.wecare.factotum.api.partners.OrganisationsApi;
import it.wecare.factotum.partners.boundary.Organisations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

@RequestScoped
public class OrganisationsResource implements OrganisationsApi {

    @Inject
    Organisations organisations;

    @Override
    public List<Organisation> list(String acceptLanguage) {
        return organisations.active(language(acceptLanguage));
    }

    @Override
    public Organisation get(String code, String acceptLanguage) {
        return organisations.byCode(code, language(acceptLanguage));
    }

    /** {@code en} when English comes first in Accept-Language, else Italian. */
    static String language(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase().startsWith("en") ? "en" : "it";
    }
}
