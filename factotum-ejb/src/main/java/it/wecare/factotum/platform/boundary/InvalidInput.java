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

    public InvalidInput(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
