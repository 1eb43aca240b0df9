package it.wecare.factotum.training.control;

/**
 * A rule of traineeships the input breaks, naming the field and the message that says why.
 *
 * @param field the field of the form at fault
 * @param messageKey the bundle key of the reason
 * @param arguments the values the message shows (limits, dates)
 */
public final class TrainingRule extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public TrainingRule(String field, String messageKey, Object... arguments) {
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
