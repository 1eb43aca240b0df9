package it.wecare.factotum.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page's forms are posted: a GET that carries a view state (a crafted link, not a browser's form) would
 * run the form's action with half its fields, so it is answered 400 with the friendly page instead.
 */
@WebFilter("*.xhtml")
public class FormsArePosted extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameter("jakarta.faces.ViewState") != null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
