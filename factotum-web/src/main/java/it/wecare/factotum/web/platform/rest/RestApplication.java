package it.wecare.factotum.web.platform.rest;

import it.wecare.factotum.web.partners.OrganisationsResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The REST API, version 1. Resources implement the JAX-RS interfaces of {@code factotum-api}, whose
 * {@code @Path} the scanner does not see on the implementing class, so every resource and provider is
 * listed here.
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                HealthResource.class,
                AccountsResource.class,
                MailChecksResource.class,
                OrganisationsResource.class,
                ValidationProblems.OnResource.class,
                ValidationProblems.OnBoundary.class,
                BusinessProblems.NotFound.class,
                BusinessProblems.Conflict.class,
                BusinessProblems.Refused.class,
                BusinessProblems.Upstream.class,
                ProtocolProblems.Unreadable.class,
                ProtocolProblems.UnreadableJson.class,
                ProtocolProblems.Status.class,
                ProtocolProblems.AccessRefused.class,
                ProtocolProblems.LostUpdate.class,
                ProtocolProblems.Unwrap.class,
                UnexpectedProblems.class);
    }
}
