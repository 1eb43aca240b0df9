package it.wecare.factotum.web.partners;

import it.wecare.factotum.api.partners.Organisation;
import it.wecare.factotum.partners.boundary.Organisations;
import it.wecare.factotum.web.platform.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The cooperatives of the network, shown on the public home page. */
@Named
@RequestScoped
public class NetworkList {

    @Inject
    Organisations organisations;

    @Inject
    LanguageSwitch language;

    private List<Organisation> items;

    public List<Organisation> getItems() {
        if (items == null) {
            items = organisations.active(language.getLanguage());
        }
        return items;
    }
}
