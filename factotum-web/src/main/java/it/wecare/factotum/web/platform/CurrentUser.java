package it.wecare.factotum.web.platform;

import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.SignIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Who is looking at the page, for menus and greetings. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    SignIn signIn;

    private Optional<AccountSummary> account;

    @Inject
    HttpServletRequest request;

    /** Whether someone logged in (the container's anonymous identity does not count). */
    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getDisplayName() {
        return account().map(AccountSummary::displayName).orElse("");
    }

    public String getEmail() {
        return isLoggedIn() ? request.getUserPrincipal().getName() : "";
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_NAME);
    }

    public boolean isOperator() {
        return security.isCallerInRole(Role.OPERATOR_NAME);
    }

    /** An administrator or an operator: runs the work (an educator only follows their trainees'). */
    public boolean isOperations() {
        return isAdmin() || isOperator();
    }

    public boolean isStaff() {
        return isAdmin() || security.isCallerInRole(Role.OPERATOR_NAME) || security.isCallerInRole(Role.EDUCATOR_NAME);
    }

    public boolean isEducator() {
        return security.isCallerInRole(Role.EDUCATOR_NAME);
    }

    public boolean isWorker() {
        return security.isCallerInRole(Role.WORKER_NAME);
    }

    private Optional<AccountSummary> account() {
        if (account == null) {
            account = isLoggedIn() ? signIn.me() : Optional.empty();
        }
        return account;
    }
}
