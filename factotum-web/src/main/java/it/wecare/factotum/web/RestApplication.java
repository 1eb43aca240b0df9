package it.wecare.factotum.web;

import it.wecare.factotum.web.catalog.CategoriesResource;
import it.wecare.factotum.web.matching.MatchingResource;
import it.wecare.factotum.web.notifications.OutboxResource;
import it.wecare.factotum.web.partners.OrganisationsResource;
import it.wecare.factotum.web.platform.rest.AccountsResource;
import it.wecare.factotum.web.platform.rest.BusinessProblems;
import it.wecare.factotum.web.platform.rest.ComuniResource;
import it.wecare.factotum.web.platform.rest.HealthResource;
import it.wecare.factotum.web.platform.rest.MailChecksResource;
import it.wecare.factotum.web.platform.rest.ProtocolProblems;
import it.wecare.factotum.web.platform.rest.SettingsResource;
import it.wecare.factotum.web.platform.rest.UnexpectedProblems;
import it.wecare.factotum.web.platform.rest.ValidationProblems;
import it.wecare.factotum.web.requests.RequestsResource;
import it.wecare.factotum.web.training.TraineeshipsResource;
import it.wecare.factotum.web.workers.WorkersResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The REST API, version 1. Resources implement the JAX-RS interfaces of {@code factotum-api}, whose
 * {@code @Path} the scanner does not see on the implementing class, so every resource and provider is
 * listed here. It lives at the root of the web tier because it assembles every capability's resources.
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                HealthResource.class,
                AccountsResource.class,
                MailChecksResource.class,
                SettingsResource.class,
                OutboxResource.class,
                TraineeshipsResource.class,
                OrganisationsResource.class,
                CategoriesResource.class,
                ComuniResource.class,
                WorkersResource.class,
                RequestsResource.class,
                MatchingResource.class,
                RequestsResource.Flooded.class,
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
