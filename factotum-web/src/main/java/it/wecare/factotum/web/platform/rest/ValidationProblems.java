package it.wecare.factotum.web.platform.rest;

import it.wecare.factotum.api.problem.Problem;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.jboss.resteasy.api.validation.ResteasyConstraintViolation;
import org.jboss.resteasy.api.validation.ResteasyViolationException;

/** Bean Validation failures become 400 problem+json with one entry per field. */
public final class ValidationProblems {

    private ValidationProblems() {}

    /** Violations found by the JAX-RS runtime on a resource method's parameters. */
    @Provider
    public static class OnResource implements ExceptionMapper<ResteasyViolationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ResteasyViolationException e) {
            if (!e.getReturnValueViolations().isEmpty() || e.getException() != null) {
                return new UnexpectedProblems().toResponse(e);
            }
            List<ResteasyConstraintViolation> violations = e.getViolations();
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(Problems.fieldName(v.getPath()), v.getMessage()))
                    .toList();
            return Problems.invalid(errors, uri == null ? null : uri.getPath());
        }
    }

    /** Violations found deeper, by a boundary's method validation. */
    @Provider
    public static class OnBoundary implements ExceptionMapper<ConstraintViolationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            return Problems.invalid(
                    Problems.fieldErrors(e.getConstraintViolations()), uri == null ? null : uri.getPath());
        }
    }
}
