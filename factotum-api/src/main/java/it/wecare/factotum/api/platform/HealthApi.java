package it.wecare.factotum.api.platform;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Liveness and readiness of the service, for monitoring. */
@Path("/health")
public interface HealthApi {

    /** 200 with {@link Health} when the service works, 503 with it when it does not. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Response health();
}
