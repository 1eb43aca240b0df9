package it.wecare.factotum.web.workers;

import it.wecare.factotum.workers.boundary.WorkerPhotos;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Serves workers' photos: {@code /photos/worker?id=12&size=small}. */
@WebServlet("/photos/worker")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkerPhotos photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<WorkerPhotos.Photo> photo = photos.photo(id, request.getParameter("size"));
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(photo.get().contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentLength(photo.get().content().length);
        response.getOutputStream().write(photo.get().content());
    }
}
