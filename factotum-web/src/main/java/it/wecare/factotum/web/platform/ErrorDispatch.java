package it.wecare.factotum.web.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the container sends every error: a request to the REST API gets problem+json (RFC 9457), a page
 * request gets the error page of its status, in the visitor's language. No stack trace reaches anyone;
 * an unexpected error is logged under an id the answer carries.
 */
@WebServlet("/error-dispatch")
public class ErrorDispatch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorDispatch.class.getName());

    /** A request attribute a filter sets before {@code sendError} to say, in plain words, why it refused. */
    public static final String DETAIL = ErrorDispatch.class.getName() + ".detail";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            writeProblem(request, response, status, uri);
            return;
        }
        String page = switch (status) {
            case 400, 413, 429 -> "/error/400.xhtml";
            case 403, 401 -> "/error/403.xhtml";
            case 404, 405 -> "/error/404.xhtml";
            default -> "/error/500.xhtml";
        };
        request.getRequestDispatcher(page).forward(request, response);
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, int status, String uri)
            throws IOException {
        String errorId = null;
        String detail = switch (status) {
            case 400 -> "The request is malformed: check the address (every % must start a valid escape) and the body.";
            case 401 -> "This resource needs authentication.";
            case 403 -> "Your roles do not allow this.";
            case 404 -> "There is no resource at this address.";
            case 405 -> "This method is not allowed on this resource.";
            case 413 -> "The request body is larger than the limit of this API.";
            case 429 -> "Too many failed logins: try again after the seconds in Retry-After.";
            default -> null;
        };
        if (request.getAttribute(DETAIL) instanceof String given) {
            detail = given;
        }
        if (detail == null) {
            errorId = UUID.randomUUID().toString();
            detail = "Something went wrong on our side. Quote the error id if you contact us.";
            Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(
                    Level.SEVERE,
                    "Unexpected error " + errorId + " on " + uri,
                    error instanceof Throwable t ? t : null);
        }
        String title = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 429 -> "Too Many Requests";
            default -> "Internal Server Error";
        };
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + Json.escape(detail) + "\",\"instance\":\"" + Json.escape(uri) + "\""
                        + (errorId == null ? "" : ",\"errorId\":\"" + errorId + "\"")
                        + ",\"errors\":[]}");
    }

    /** Minimal JSON string escaping for the few values this servlet writes. */
    static final class Json {
        private Json() {}

        static String escape(String text) {
            StringBuilder out = new StringBuilder();
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
