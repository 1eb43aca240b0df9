package it.wecare.factotum.web.requests;

import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.requests.boundary.Quotes;
import it.wecare.factotum.requests.boundary.Tracking;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The PDF copy of a quote: for the client from the tracking page ({@code /request/quote.pdf?token=…}), for
 * the back-office by request ({@code /request/quote.pdf?id=42}, staff only).
 */
@WebServlet("/request/quote.pdf")
public class QuotePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Quotes quotes;

    @Inject
    Tracking tracking;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> pdf;
        try {
            String token = request.getParameter("token");
            pdf = token != null
                    ? tracking.trackedQuotePdf(token)
                    : quotes.quotePdf(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | LinkRefused | RecordNotFound | EJBAccessException e) {
            pdf = Optional.empty();
        }
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"preventivo.pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.get().length);
        response.getOutputStream().write(pdf.get());
    }
}
