package it.wecare.factotum.web.requests;

import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.requests.boundary.RequestDesk;
import it.wecare.factotum.requests.boundary.Tracking;
import it.wecare.factotum.web.platform.JpegResponse;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves the photos of a request: to the back-office ({@code /photos/request?id=42&n=1}, staff only) and
 * to the client's tracking page ({@code /photos/request?token=…&n=1}).
 */
@WebServlet("/photos/request")
public class RequestPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestDesk desk;

    @Inject
    Tracking tracking;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> photo;
        try {
            int position = Integer.parseInt(request.getParameter("n"));
            String token = request.getParameter("token");
            photo = token != null
                    ? tracking.trackedPhoto(token, position)
                    : desk.photo(Long.parseLong(request.getParameter("id")), position);
        } catch (NumberFormatException | LinkRefused | RecordNotFound | EJBAccessException e) {
            photo = Optional.empty();
        }
        JpegResponse.send(response, photo);
    }
}
