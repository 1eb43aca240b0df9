package it.wecare.factotum.web.platform.rest;

import it.wecare.factotum.api.problem.Problem;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.ExternalServiceFailed;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.web.platform.Texts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The boundaries' business exceptions: not found (404), conflict (409), refused input (400). */
public final class BusinessProblems {

    private BusinessProblems() {}

    static String text(String key) {
        ResourceBundle bundle = ResourceBundle.getBundle("it.wecare.factotum.web.messages", Locale.ENGLISH);
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFound> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RecordNotFound e) {
            return Problems.of(
                    Response.Status.NOT_FOUND,
                    "not-found",
                    "There is no " + e.recordType() + " with id " + e.recordId() + ".",
                    uri == null ? null : uri.getPath());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictingChange> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConflictingChange e) {
            return Problems.of(
                    Response.Status.CONFLICT, "conflict", text(e.messageKey()), uri == null ? null : uri.getPath());
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<InvalidInput> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(InvalidInput e) {
            return Problems.invalid(
                    List.of(new Problem.FieldError(e.field(), Texts.reason(Locale.ENGLISH, e))),
                    uri == null ? null : uri.getPath());
        }
    }

    @Provider
    public static class Upstream implements ExceptionMapper<ExternalServiceFailed> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ExternalServiceFailed e) {
            return Problems.of(
                    Response.Status.BAD_GATEWAY,
                    "external-service",
                    text(e.messageKey()),
                    uri == null ? null : uri.getPath());
        }
    }
}
