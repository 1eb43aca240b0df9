package it.wecare.factotum.api.matching;

import it.wecare.factotum.api.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Matching for operators and administrators: the ranked, explained workers for a request. */
@Path("/requests/{number}/suggestions")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public interface MatchingApi {

    /**
     * The workers matching suggests for the request with this number (e.g. {@code 2026-000042}), best
     * first, each with the parts of the score, and how many workers each hard filter left out.
     *
     * @return 200; 404 for an unknown number; 401/403 without an operator's or administrator's login
     */
    @GET
    Suggestions suggestions(@PathParam("number") String number);
}
