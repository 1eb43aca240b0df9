package it.wecare.factotum.notifications.boundary;

import it.wecare.factotum.notifications.control.EmailKind;
import java.io.Serializable;
import java.util.Map;

/**
 * An email a capability wants sent, before rendering.
 *
 * @param kind which template pair
 * @param recipient the address
 * @param recipientName how to greet the person (one line)
 * @param language {@code it} or {@code en}: the recipient's language
 * @param model the values the kind's templates use (they are HTML-escaped in the HTML version)
 * @param relatedType the type of the record the email is about, for operators
 * @param relatedId the id of that record
 */
public record EmailDraft(
        EmailKind kind,
        String recipient,
        String recipientName,
        String language,
        Map<String, Object> model,
        String relatedType,
        Object relatedId)
        implements Serializable {

    public EmailDraft {
        model = Map.copyOf(model);
    }
}
