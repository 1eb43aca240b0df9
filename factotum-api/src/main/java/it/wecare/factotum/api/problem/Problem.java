package it.wecare.factotum.api.problem;

import java.io.Serializable;
import java.util.List;

/**
 * An error answer in the shape of RFC 9457 ({@code application/problem+json}).
 *
 * @param type a URI that names the kind of problem
 * @param title a short, human-readable summary of that kind
 * @param status the HTTP status code
 * @param detail what went wrong in this occurrence
 * @param instance the request path the problem belongs to
 * @param errorId for unexpected errors, the identifier also written in the server log
 * @param errors for validation problems, one entry per rejected field
 */
public record Problem(
        String type, String title, int status, String detail, String instance, String errorId, List<FieldError> errors)
        implements Serializable {

    /** The media type of every problem answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * One rejected field.
     *
     * @param field the name of the field as it appears in the request
     * @param message why it was rejected
     */
    public record FieldError(String field, String message) implements Serializable {}
}
