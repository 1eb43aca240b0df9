package it.wecare.factotum.web.matching;

import it.wecare.factotum.api.matching.MatchingApi;
import it.wecare.factotum.api.matching.Suggestions;
import it.wecare.factotum.matching.boundary.Matching;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** {@code GET /api/v1/requests/{number}/suggestions}. */
@RequestScoped
public class MatchingResource implements MatchingApi {

    @Inject
    Matching matching;

    @Override
    public Suggestions suggestions(String number) {
        return matching.suggestFor(number);
    }
}
