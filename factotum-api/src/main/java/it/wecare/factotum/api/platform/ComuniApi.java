package it.wecare.factotum.api.platform;

import it.wecare.factotum.api.problem.Problem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The Italian comuni, for autocompletes and addresses; public and read-only. */
@Path("/comuni")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public interface ComuniApi {

    /**
     * Active comuni whose name starts with {@code q} (accents and case ignored), then those containing it;
     * at most {@code limit} (1-20). 400 naming the parameter when {@code q} is shorter than 2 characters.
     */
    @GET
    List<ComuneSummary> search(
            @QueryParam("q") @NotBlank @Size(min = 2, max = 60) String q,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(20) int limit);

    /** One comune by ISTAT code; 404 if there is none. */
    @GET
    @Path("/{istatCode}")
    ComuneSummary get(@PathParam("istatCode") String istatCode);
}
