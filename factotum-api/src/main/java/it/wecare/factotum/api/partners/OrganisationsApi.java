package it.wecare.factotum.api.partners;

import it.wecare.factotum.api.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The partner organisations of the network; public. */
@Path("/organisations")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public interface OrganisationsApi {

    /** The active organisations, by name; descriptions in Italian unless English is asked for. */
    @GET
    List<Organisation> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);

    /** One organisation by its code; 404 if there is none. */
    @GET
    @Path("/{code}")
    Organisation get(@PathParam("code") String code, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);
}
