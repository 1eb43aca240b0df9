package it.wecare.factotum.web.platform.security;

import it.wecare.factotum.platform.boundary.LoginOutcome;
import it.wecare.factotum.platform.boundary.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The one authentication mechanism of the application (Jakarta EE 10 allows one):
 *
 * <ul>
 *   <li>the login page authenticates programmatically with {@code SecurityContext.authenticate}; on success
 *       the session id changes and the caller is kept in the session;
 *   <li>a page that needs a login sends an anonymous visitor to the login page, remembering where they
 *       were going (an ajax request gets a partial-response redirect);
 *   <li>the REST API accepts HTTP Basic with an account's email and password and answers 401 in
 *       problem+json otherwise.
 * </ul>
 */
@ApplicationScoped
public class FactotumAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = FactotumAuthentication.class.getName() + ".caller";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LastLoginOutcome lastOutcome;

    @Inject
    Sessions sessions;

    Clock clock = Clock.systemUTC();

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null
                ? null
                : context.getAuthParameters().getCredential();
        if (credential != null) {
            return loginFromPage(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            if (sessions.holds(caller.name(), caller.loggedInAt())) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            // a new password, new roles or a deactivation since this login: the session is over
            session.invalidate();
        }
        if (isApi(request)) {
            return apiCaller(request, response, context);
        }
        if (context.isProtected()) {
            return sendToLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
    }

    private AuthenticationStatus loginFromPage(
            HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        request.getSession(true)
                .setAttribute(
                        SESSION_CALLER,
                        new SessionCaller(
                                result.getCallerPrincipal().getName(), result.getCallerGroups(), clock.instant()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus apiCaller(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = basic(header.substring(6).trim());
            if (credential != null) {
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
                Optional<Instant> lockedUntil = lastOutcome
                        .get()
                        .filter(o -> o.status() != LoginOutcome.Status.INVALID && o.lockedUntil() != null)
                        .map(LoginOutcome::lockedUntil);
                if (lockedUntil.isPresent()) {
                    return tooManyFailures(response, lockedUntil.get());
                }
            }
            return unauthorized(response);
        }
        if (context.isProtected()) {
            return unauthorized(response);
        }
        return context.doNothing();
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** 401 with a Basic challenge; {@code ErrorDispatch} writes the problem+json body. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"factotum\", charset=\"UTF-8\"");
        try {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot send the 401 answer", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 429 with Retry-After: this email (or this address) is locked for a while; the body is problem+json. */
    private AuthenticationStatus tooManyFailures(HttpServletResponse response, Instant until) {
        long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds() + 1);
        response.setHeader("Retry-After", Long.toString(seconds));
        try {
            response.sendError(429);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot send the 429 answer", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus sendToLoginPage(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String target =
                request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String login =
                request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                + login.replace("&", "&amp;").replace("\"", "&quot;")
                                + "\"></redirect></partial-response>");
            } catch (IOException e) {
                throw new IllegalStateException("Cannot write the ajax redirect", e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
