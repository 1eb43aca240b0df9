package it.wecare.factotum.api.platform;

import it.wecare.factotum.api.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Typed settings, for administrators and their automation; every change is audited. */
@Path("/settings")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public interface SettingsApi {

    /** Every setting with its value, default, bounds and version. */
    @GET
    List<SettingValue> list();

    /** Changes one setting; 400 naming the setting when the value is refused, 409 on a stale version, 404 for an unknown key. */
    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    SettingValue change(@PathParam("key") String key, @NotNull @Valid SettingChange change);
}
