package it.wecare.factotum.web.platform.rest;

import it.wecare.factotum.api.platform.MailCheckRequest;
import it.wecare.factotum.api.platform.MailCheckResult;
import it.wecare.factotum.api.platform.MailChecksApi;
import it.wecare.factotum.platform.boundary.MailCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

@RequestScoped
public class MailChecksResource implements MailChecksApi {

    @Inject
    MailCheck mailCheck;

    @Override
    public MailCheckResult send(MailCheckRequest request) {
        return mailCheck.send(request.recipient(), request.language());
    }
}
