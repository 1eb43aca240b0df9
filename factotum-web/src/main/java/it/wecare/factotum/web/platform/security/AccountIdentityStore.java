package it.wecare.factotum.web.platform.security;

import it.wecare.factotum.platform.boundary.LoginOutcome;
import it.wecare.factotum.platform.boundary.SignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;

/** The identity store over Factotum's accounts: email and password, roles as groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    @Inject
    LastLoginOutcome lastOutcome;

    /** The request being authenticated: its client address is one of the keys failures are counted by. */
    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome =
                signIn.authenticate(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
        lastOutcome.remember(outcome);
        if (!outcome.valid()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                outcome.email(), outcome.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
