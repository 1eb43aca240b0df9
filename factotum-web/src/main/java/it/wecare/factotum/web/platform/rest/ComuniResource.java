package it.wecare.factotum.web.platform.rest;

import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.api.platform.ComuniApi;
import it.wecare.factotum.platform.boundary.Comuni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

@RequestScoped
public class ComuniResource implements ComuniApi {

    @Inject
    Comuni comuni;

    @Override
    public List<ComuneSummary> search(String q, int limit) {
        return comuni.suggest(q, limit);
    }

    @Override
    public ComuneSummary get(String istatCode) {
        return comuni.byCode(istatCode);
    }
}
