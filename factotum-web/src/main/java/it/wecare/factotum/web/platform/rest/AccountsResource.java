package it.wecare.factotum.web.platform.rest;

import it.wecare.factotum.api.platform.AccountAccess;
import it.wecare.factotum.api.platform.AccountDraft;
import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.AccountsApi;
import it.wecare.factotum.api.platform.InvitationDraft;
import it.wecare.factotum.platform.boundary.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@RequestScoped
public class AccountsResource implements AccountsApi {

    @Inject
    Accounts accounts;

    @Context
    UriInfo uri;

    @Override
    public Response create(AccountDraft draft) {
        AccountSummary created = accounts.create(draft);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @Override
    public Response invite(InvitationDraft draft) {
        AccountSummary invited = accounts.invite(draft);
        return Response.created(uri.getBaseUriBuilder()
                        .path("accounts")
                        .path(String.valueOf(invited.id()))
                        .build())
                .entity(invited)
                .build();
    }

    @Override
    public AccountSummary changeAccess(long id, AccountAccess access) {
        return accounts.changeAccess(id, access);
    }

    @Override
    public AccountSummary get(long id) {
        return accounts.find(id);
    }
}
