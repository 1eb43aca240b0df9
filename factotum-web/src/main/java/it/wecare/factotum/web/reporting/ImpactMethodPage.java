package it.wecare.factotum.web.reporting;

import it.wecare.factotum.reporting.boundary.Impact;
import it.wecare.factotum.reporting.boundary.Methodology;
import it.wecare.factotum.web.platform.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The methodology page: how every impact figure is computed, and from what. */
@Named
@RequestScoped
public class ImpactMethodPage {

    @Inject
    Impact impact;

    @Inject
    LanguageSwitch language;

    private Methodology methodology;

    public Methodology getMethodology() {
        if (methodology == null) {
            methodology = impact.methodology(language.getLanguage());
        }
        return methodology;
    }
}
