package it.wecare.factotum.api.workers;

import it.wecare.factotum.api.problem.Problem;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Public worker profiles (only of workers who consented); read-only. */
@Path("/workers")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public interface WorkersApi {

    /**
     * Searches profiles: free text {@code q} (Italian-aware: word families, accents ignored, the operators'
     * synonyms, one typo forgiven in words of five letters or more; every word must match; best first, or
     * by name without text), filtered by service (a category or subcategory code), kind and comune served
     * (ISTAT code; a worker serving the whole province counts). Page from 0; size 1-100; results beyond the
     * 10,000th are not paged to. A malformed or unknown parameter is a 400 naming it.
     */
    @GET
    WorkerPage list(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("category") @Pattern(regexp = "[a-z0-9-]{1,60}") String category,
            @QueryParam("kind") @Pattern(regexp = "VOLUNTEER|FACTOTUM|ARTISAN") String kind,
            @QueryParam("comune") @Pattern(regexp = "\\d{6}") String comune,
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,6}") String page,
            @QueryParam("size") @DefaultValue("20") @Pattern(regexp = "[1-9]\\d?|100") String size,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);

    /** One public profile; 404 if there is none (or the worker did not consent to one). */
    @GET
    @Path("/{id}")
    WorkerProfile get(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);
}
