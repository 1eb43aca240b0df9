package it.wecare.factotum.web.platform.rest;

import it.wecare.factotum.api.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Builds problem+json answers (RFC 9457); shared by the exception mappers. */
public final class Problems {

    static final String TYPE_BASE = "https://factotum.wecare.it/problems/";

    private Problems() {}

    static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    public static Response of(Response.StatusType status, String type, String detail, String instance) {
        return response(new Problem(
                type == null ? "about:blank" : TYPE_BASE + type,
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                instance,
                null,
                List.of()));
    }

    static Response invalid(List<Problem.FieldError> errors, String instance) {
        List<Problem.FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return response(new Problem(
                TYPE_BASE + "validation",
                "Bad Request",
                400,
                "The request has invalid fields; each is named in errors.",
                instance,
                null,
                sorted));
    }

    static List<Problem.FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .toList();
    }

    /**
     * The field a violation belongs to, as the client named it: the property path without the method and
     * parameter of a method-validation path ({@code create.draft.email} becomes {@code email}).
     */
    static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        boolean methodPath = false;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> methodPath = true;
                case PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> {
                    // the parameter itself is the request body
                }
                default -> {
                    if (node.getName() != null) {
                        names.add(node.getName());
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return methodPath ? "body" : path.toString();
        }
        return String.join(".", names);
    }

    /**
     * The field of a method-validation path given as text: {@code create.draft.email} is the body's
     * {@code email}; {@code search.q} is the query or path parameter {@code q}.
     */
    static String fieldName(String path) {
        String[] parts = path == null ? new String[0] : path.split("\\.");
        if (parts.length < 2) {
            return "body";
        }
        if (parts.length == 2) {
            return parts[1];
        }
        return String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
    }
}
