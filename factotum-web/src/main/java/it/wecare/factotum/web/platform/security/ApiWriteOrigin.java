package it.wecare.factotum.web.platform.security;

import it.wecare.factotum.web.platform.ErrorDispatch;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery on the API: a call that changes something (any method but GET, HEAD and
 * OPTIONS) and is authenticated only by the session cookie must come from one of the site's own pages —
 * its {@code Origin} (or, without one, its {@code Referer}) is this site. A caller with an
 * {@code Authorization} header (Basic, later API keys) is not a browser riding a cookie and passes; so do
 * calls without a session, which the mechanism authenticates or refuses on their own.
 */
@WebFilter("/api/*")
public class ApiWriteOrigin extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod())
                || request.getHeader("Authorization") != null
                || request.getRequestedSessionId() == null
                || sameSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(
                ErrorDispatch.DETAIL,
                "A change through the API with the session cookie must come from this site's pages"
                        + " (Origin or Referer of this site); other callers authenticate with Basic.");
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** Whether the Origin (or the Referer) names this site, as the request reached it. */
    static boolean sameSite(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.isBlank() || "null".equals(source)) {
            source = request.getHeader("Referer");
        }
        if (source == null || source.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(source.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost()
                            .toLowerCase(Locale.ROOT)
                            .equals(request.getServerName().toLowerCase(Locale.ROOT))
                    && port == request.getServerPort();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
