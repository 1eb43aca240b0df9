package it.wecare.factotum.api.notifications;

import it.wecare.factotum.api.problem.Problem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The email outbox, for monitoring; administrators and operators. */
@Path("/outbox")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public interface OutboxApi {

    /** The newest emails, optionally of one status and to addresses containing {@code recipient}. */
    @GET
    List<OutboxEntry> list(
            @QueryParam("status") String status,
            @QueryParam("recipient") String recipient,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit);
}
