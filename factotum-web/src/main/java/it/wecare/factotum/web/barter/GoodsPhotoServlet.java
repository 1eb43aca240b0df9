package it.wecare.factotum.web.barter;

import it.wecare.factotum.barter.boundary.GoodsPhotos;
import it.wecare.factotum.platform.boundary.LinkRefused;
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
 * Serves the photos of offered goods: to the back-office ({@code /photos/goods?item=7&n=0}, staff only) and
 * to the client's tracking page ({@code /photos/goods?token=…&item=7&n=0}).
 */
@WebServlet("/photos/goods")
public class GoodsPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    GoodsPhotos goodsPhotos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> photo;
        try {
            long item = Long.parseLong(request.getParameter("item"));
            int position = Integer.parseInt(request.getParameter("n"));
            String token = request.getParameter("token");
            photo = token != null ? goodsPhotos.trackedPhoto(token, item, position) : goodsPhotos.photo(item, position);
        } catch (NumberFormatException | LinkRefused | EJBAccessException e) {
            photo = Optional.empty();
        }
        JpegResponse.send(response, photo);
    }
}
