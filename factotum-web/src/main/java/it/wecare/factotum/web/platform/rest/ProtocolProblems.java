package it.wecare.factotum.web.platform.rest;

import it.wecare.factotum.api.problem.Problem;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failures of the HTTP exchange itself: unreadable JSON (400), JAX-RS status exceptions (404, 405, 415…),
 * access refused by a boundary (401/403), lost updates (409), and EJB wrappers, which are unwrapped and
 * mapped by their cause.
 */
public final class ProtocolProblems {

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    /** RESTEasy's words for a parameter it could not convert: {@code PathParam("id") value is 'abc'}. */
    private static final Pattern PARAMETER =
            Pattern.compile("(Path|Query|Header|Matrix|Cookie|Form)Param\\(\"([^\"]+)\"\\) value is '([^']*)'");

    /**
     * What a JAX-RS status exception says, in plain words: which parameter is wrong and why, or what the
     * status means. The framework's own message (class names, codes, paths) never reaches the caller.
     */
    static String plainDetail(int status, String frameworkMessage) {
        Matcher parameter = PARAMETER.matcher(String.valueOf(frameworkMessage));
        if (parameter.find()) {
            String kind = switch (parameter.group(1)) {
                case "Path" -> "path parameter";
                case "Query" -> "query parameter";
                case "Header" -> "header";
                default -> "parameter";
            };
            String value = parameter.group(3);
            return "The " + kind + " '" + parameter.group(2) + "' has a value of the wrong type or format"
                    + (value.length() <= 40 ? ": '" + value + "'." : ".");
        }
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 404 -> "There is no resource at this address.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "This resource cannot answer in the media type asked for: accept application/json.";
            case 413 -> "The request body is larger than the limit of this API.";
            case 415 -> "This resource does not accept the request's Content-Type: send application/json.";
            default -> "The request cannot be answered as it is.";
        };
    }

    private ProtocolProblems() {}

    static Response unreadableBody(Throwable e, String instance) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof JsonbException)) {
            cause = cause.getCause();
        }
        String message = cause == null ? String.valueOf(e.getMessage()) : String.valueOf(cause.getMessage());
        Matcher property = PROPERTY.matcher(message);
        if (property.find()) {
            return Problems.invalid(
                    List.of(new Problem.FieldError(property.group(1), "has a value of the wrong type or format")),
                    instance);
        }
        return Problems.response(new Problem(
                Problems.TYPE_BASE + "unreadable-body",
                "Bad Request",
                400,
                "The request body is not valid JSON for this resource.",
                instance,
                null,
                List.of()));
    }

    @Provider
    public static class Unreadable implements ExceptionMapper<ProcessingException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProcessingException e) {
            return unreadableBody(e, uri == null ? null : uri.getPath());
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonbException e) {
            return unreadableBody(e, uri == null ? null : uri.getPath());
        }
    }

    @Provider
    public static class Status implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.getStatus() == 400 && e.getCause() != null) {
                return unreadableBody(e.getCause(), uri == null ? null : uri.getPath());
            }
            Response.StatusType status = original.getStatusInfo();
            Response problem = Problems.of(
                    status,
                    null,
                    plainDetail(status.getStatusCode(), e.getMessage()),
                    uri == null ? null : uri.getPath());
            return original.getHeaderString("Allow") == null
                    ? problem
                    : Response.fromResponse(problem)
                            .header("Allow", original.getHeaderString("Allow"))
                            .build();
        }
    }

    @Provider
    public static class AccessRefused implements ExceptionMapper<EJBAccessException> {
        @Context
        UriInfo uri;

        @Context
        SecurityContext security;

        @Override
        public Response toResponse(EJBAccessException e) {
            boolean anonymous = security == null || security.getUserPrincipal() == null;
            Response problem = Problems.of(
                    anonymous ? Response.Status.UNAUTHORIZED : Response.Status.FORBIDDEN,
                    anonymous ? "unauthenticated" : "forbidden",
                    anonymous ? "This resource needs authentication." : "Your roles do not allow this.",
                    uri == null ? null : uri.getPath());
            return anonymous
                    ? Response.fromResponse(problem)
                            .header("WWW-Authenticate", "Basic realm=\"factotum\", charset=\"UTF-8\"")
                            .build()
                    : problem;
        }
    }

    @Provider
    public static class LostUpdate implements ExceptionMapper<OptimisticLockException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problems.of(
                    Response.Status.CONFLICT,
                    "conflict",
                    "Someone else changed this record meanwhile: read it again and repeat your change.",
                    uri == null ? null : uri.getPath());
        }
    }

    /** An EJB wraps system exceptions; the answer is the one for the first cause that has a mapper. */
    @Provider
    public static class Unwrap implements ExceptionMapper<EJBException> {
        @Context
        Providers providers;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Response toResponse(EJBException e) {
            Throwable cause = e.getCause();
            while (cause != null) {
                if (!(cause instanceof EJBException)
                        && !(cause instanceof RollbackException)
                        && !(cause instanceof jakarta.transaction.RollbackException)) {
                    ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
                    if (mapper != null && !(mapper instanceof UnexpectedProblems)) {
                        return mapper.toResponse(cause);
                    }
                }
                cause = cause.getCause();
            }
            return new UnexpectedProblems().toResponse(e);
        }
    }
}
