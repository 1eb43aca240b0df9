package it.wecare.factotum.web.notifications;

import it.wecare.factotum.notifications.boundary.EmailContent;
import it.wecare.factotum.notifications.boundary.Outbox;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The HTML of one outbox email, for the preview frame of the outbox page. The email is shown as the
 * recipient would see it, inside a sandbox (no scripts, no forms, no access to the back-office); its
 * links open in a new tab.
 */
@WebServlet("/backoffice/email-preview")
public class EmailPreview extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EmailContent email;
        try {
            email = outbox.content(id);
        } catch (RecordNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                "Content-Security-Policy",
                "sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; "
                        + "style-src 'unsafe-inline'; img-src data: https:");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(email.html().replaceFirst("<head>", "<head><base target=\"_blank\">"));
    }
}
