package it.wecare.factotum.web.training;

import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.training.boundary.StoredDocument;
import it.wecare.factotum.training.boundary.TraineeshipDocuments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A traineeship's documents for its educator and the administrators: the individual project to sign
 * ({@code /backoffice/traineeship-document?id=42&project}) and a document kept in the dossier
 * ({@code ?id=42&doc=7}). 404 for anyone else and for a document the dossier does not hold.
 */
@WebServlet("/backoffice/traineeship-document")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TraineeshipDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredDocument> document;
        try {
            long id = Long.parseLong(request.getParameter("id"));
            document = request.getParameter("project") != null
                    ? Optional.of(new StoredDocument(
                            "progetto-formativo-" + id + ".pdf", "application/pdf", documents.project(id)))
                    : documents.download(id, Long.parseLong(request.getParameter("doc")));
        } catch (NumberFormatException | RecordNotFound | EJBAccessException e) {
            document = Optional.empty();
        }
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredDocument d = document.get();
        response.setContentType(d.contentType());
        response.setHeader(
                "Content-Disposition",
                "inline; filename=\"" + d.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(d.content().length);
        response.getOutputStream().write(d.content());
    }
}
