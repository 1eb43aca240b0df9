package it.wecare.factotum.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Input refused by a business rule that Bean Validation cannot express; names the field and, as a key in
 * the resource bundle, the reason.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final java.io.Serializable[] arguments;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = java.util.Arrays.stream(arguments)
                .map(a -> a instanceof java.io.Serializable value ? value : String.valueOf(a))
                .toArray(java.io.Serializable[]::new);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the message names (a date, a time, a request number), for the page to format. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
