package it.wecare.factotum.web.platform.security;

import it.wecare.factotum.platform.boundary.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The outcome of the login attempt made in this request, so the login page can say why it failed. */
@RequestScoped
public class LastLoginOutcome {

    private LoginOutcome outcome;

    void remember(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public Optional<LoginOutcome> get() {
        return Optional.ofNullable(outcome);
    }
}
