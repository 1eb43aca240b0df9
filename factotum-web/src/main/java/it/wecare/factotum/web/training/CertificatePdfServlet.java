package it.wecare.factotum.web.training;

import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.training.boundary.TraineeshipProgress;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The competences certificate of a traineeship as a PDF ({@code /backoffice/certificate.pdf?id=42}), for its
 * educator and the administrators; 404 for anyone else and before the certificate can be printed.
 */
@WebServlet("/backoffice/certificate.pdf")
public class CertificatePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TraineeshipProgress progress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> pdf;
        try {
            pdf = progress.certificate(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | RecordNotFound | EJBAccessException e) {
            pdf = Optional.empty();
        }
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"attestazione-competenze.pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.get().length);
        response.getOutputStream().write(pdf.get());
    }
}
