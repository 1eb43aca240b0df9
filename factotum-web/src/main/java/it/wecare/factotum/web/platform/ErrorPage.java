package it.wecare.factotum.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Error pages show an error id, never a stack trace; the stack trace goes to the log under that id. */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Inject
    ExternalContext external;

    private String errorId;

    /**
     * Sets the answer's status (an expired or tampered form is the visitor's request gone stale, a 400,
     * not a server fault); the page itself stays the friendly one.
     */
    public void respondWith(int status) {
        if (external.getResponse() instanceof HttpServletResponse response && !response.isCommitted()) {
            response.setStatus(status);
        }
    }

    public String getErrorId() {
        if (errorId == null) {
            errorId = UUID.randomUUID().toString().substring(0, 8);
            Object error = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
            Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
            if (error instanceof Throwable t) {
                LOG.log(Level.SEVERE, "Error " + errorId + " on " + uri, t);
            } else {
                LOG.severe("Error " + errorId + " on " + uri);
            }
        }
        return errorId;
    }
}
