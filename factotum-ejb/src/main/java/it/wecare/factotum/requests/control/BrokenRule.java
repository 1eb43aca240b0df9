package it.wecare.factotum.requests.control;

/**
 * A request's rule broken by what someone entered: {@code field} names the field, {@code messageKey} the
 * reason (a key of the message bundles), {@code arguments} fill the message. The boundary turns it into an
 * {@code InvalidInput} for the page or the API.
 */
public final class BrokenRule extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public BrokenRule(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
