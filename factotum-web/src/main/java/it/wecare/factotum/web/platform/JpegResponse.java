package it.wecare.factotum.web.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Writes a stored photo (always a re-encoded JPEG) as a private, briefly cached response, or a 404. */
public final class JpegResponse {

    private JpegResponse() {}

    public static void send(HttpServletResponse response, Optional<byte[]> photo) throws IOException {
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentLength(photo.get().length);
        response.getOutputStream().write(photo.get());
    }
}
