package it.wecare.factotum.api.platform;

import it.wecare.factotum.api.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Accounts of staff and workers; administrators only. */
@Path("/accounts")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public interface AccountsApi {

    /**
     * Creates an account.
     *
     * @return 201 with the account and its location; 400 naming each invalid field; 409 if the email is
     *     taken
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(@NotNull @Valid AccountDraft draft);

    /**
     * Invites a person: creates the account without a password and emails a link to choose one.
     *
     * @return 201 with the account; 400 naming each invalid field; 409 if the email is taken
     */
    @POST
    @Path("/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    Response invite(@NotNull @Valid InvitationDraft draft);

    /**
     * Changes an account's roles or deactivates it; the person's open sessions end on every node.
     *
     * @return 200 with the account; 400 naming {@code roles} for an empty set or for a change of one's own
     *     access; 404 if there is none with that id; 409 when someone changed it meanwhile
     */
    @PUT
    @Path("/{id}/access")
    @Consumes(MediaType.APPLICATION_JSON)
    AccountSummary changeAccess(@PathParam("id") long id, @NotNull @Valid AccountAccess access);

    /** One account; 404 if there is none with that id. */
    @GET
    @Path("/{id}")
    AccountSummary get(@PathParam("id") long id);
}
