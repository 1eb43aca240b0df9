package it.wecare.factotum.web.platform.rest;

import it.wecare.factotum.api.problem.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Any other failure: 500 problem+json without a stack trace, carrying an error id that is also written,
 * with the stack trace, in the server log.
 */
@Provider
public class UnexpectedProblems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblems.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        String path = uri == null ? null : uri.getPath();
        LOG.log(Level.SEVERE, "Unexpected error " + errorId + " on " + path, e);
        return Problems.response(new Problem(
                Problems.TYPE_BASE + "unexpected",
                "Internal Server Error",
                500,
                "Something went wrong on our side. Quote the error id if you contact us.",
                path,
                errorId,
                List.of()));
    }
}
