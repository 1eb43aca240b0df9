package it.wecare.factotum.web.platform;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import it.wecare.factotum.platform.boundary.LoginOutcome;
import it.wecare.factotum.web.platform.security.LastLoginOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.omnifaces.util.Messages;

/** The one login page of the back-office and the worker area. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    LastLoginOutcome lastOutcome;

    @NotBlank
    private String email;

    @NotBlank
    private String password;

    private String next;

    public void login() throws IOException {
        if (email == null || password == null) {
            refused();
            return;
        }
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + landing());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refused();
        }
    }

    public void logout() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?loggedOut=true");
    }

    private void refused() {
        LoginOutcome outcome = lastOutcome.get().orElse(null);
        if (outcome != null && outcome.lockedUntil() != null && outcome.status() != LoginOutcome.Status.INVALID) {
            String until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(faces.getViewRoot().getLocale())
                    .format(outcome.lockedUntil().atZone(ZoneId.of("Europe/Rome")));
            String key =
                    outcome.status() == LoginOutcome.Status.ADDRESS_LOCKED ? "login.addressLocked" : "login.locked";
            Messages.create(Texts.get(key, until)).error().add();
        } else {
            Messages.create(Texts.get("login.invalid")).error().add();
        }
        faces.validationFailed();
    }

    /** Where to go after login: the page asked for, if it is ours, or the caller's area. */
    String landing() {
        if (next != null
                && next.startsWith("/")
                && !next.startsWith("//")
                && !next.contains("\\")
                && !next.startsWith("/login")) {
            return next;
        }
        if (security.isCallerInRole("ADMIN")
                || security.isCallerInRole("OPERATOR")
                || security.isCallerInRole("EDUCATOR")) {
            return "/backoffice/";
        }
        return security.isCallerInRole("WORKER") ? "/worker/" : "/";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
