package it.wecare.factotum.api.platform;

import it.wecare.factotum.api.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Checks of the outgoing mail configuration; administrators only. */
@Path("/mail-checks")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public interface MailChecksApi {

    /** Sends a test email now; 400 naming {@code recipient} when malformed, 502 when the SMTP server fails. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    MailCheckResult send(@NotNull @Valid MailCheckRequest request);
}
