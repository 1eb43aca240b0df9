package it.wecare.factotum.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Input refused by a business rule that Bean Validation cannot express; names the field and, as a key in
 * the resource bundle, the reason.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final Serializable[] arguments;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = Arrays.stream(arguments)
                .map(a -> a instanceof Serializable value ? value : String.valueOf(a))
                .toArray(Serializable[]::new);
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
