package it.wecare.factotum.web.platform.rest;

import it.wecare.factotum.api.platform.Health;
import it.wecare.factotum.api.platform.HealthApi;
import it.wecare.factotum.platform.boundary.HealthCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

@RequestScoped
public class HealthResource implements HealthApi {

    @Inject
    HealthCheck check;

    @Override
    public Response health() {
        Health health = check.check();
        return Response.status("UP".equals(health.status()) ? 200 : 503)
                .entity(health)
                .build();
    }
}
