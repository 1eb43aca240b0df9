package it.wecare.factotum.web.partners;

import it.wecare.factotum.api.partners.Organisation;
import it.wecare.factotum.api.partners.OrganisationsApi;
import it.wecare.factotum.partners.boundary.Organisations;
import it.wecare.factotum.web.platform.rest.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

@RequestScoped
public class OrganisationsResource implements OrganisationsApi {

    @Inject
    Organisations organisations;

    @Override
    public List<Organisation> list(String acceptLanguage) {
        return organisations.active(Languages.of(acceptLanguage));
    }

    @Override
    public Organisation get(String code, String acceptLanguage) {
        return organisations.byCode(code, Languages.of(acceptLanguage));
    }
}
