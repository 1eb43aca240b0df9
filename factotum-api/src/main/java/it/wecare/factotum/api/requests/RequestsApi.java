package it.wecare.factotum.api.requests;

import it.wecare.factotum.api.problem.Problem;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Quote requests from outside the site: a partner's page or app sends a client's request. */
@Path("/requests")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public interface RequestsApi {

    /**
     * Receives a request, as the public form does: the client gets the confirmation email with the tracking
     * link. The same {@code Idempotency-Key} sent twice is one request (the second call answers 200 with the
     * same number).
     *
     * @return 201 with the receipt; 200 for a repeated key; 400 naming each refused field; 429 when the email
     *     or the address sent more requests this hour than the cooperative allows
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response submit(
            @HeaderParam("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9_.:-]{8,64}") String idempotencyKey,
            @NotNull NewRequest request);
}
