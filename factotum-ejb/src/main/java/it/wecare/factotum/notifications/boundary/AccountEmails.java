package it.wecare.factotum.notifications.boundary;

import it.wecare.factotum.notifications.control.EmailKind;
import it.wecare.factotum.platform.boundary.AccountInvited;
import it.wecare.factotum.platform.boundary.PasswordResetRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The account emails: an invitation and a password reset. The events are observed synchronously, so the
 * email is written to the outbox in the transaction that created the link — both commit or neither does.
 * This class is the pattern for every capability's emails: observe the event, pick the kind, the
 * recipient, the language and the values for the templates, and enqueue.
 */
@ApplicationScoped
public class AccountEmails {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Inject
    Outbox outbox;

    void invited(@Observes AccountInvited event) {
        outbox.enqueue(new EmailDraft(
                EmailKind.ACCOUNT_INVITATION,
                event.email(),
                event.displayName(),
                event.language(),
                Map.of("actionUrl", event.link(), "expiresAt", when(event.expiresAt(), event.language())),
                "Account",
                event.accountId()));
    }

    void resetRequested(@Observes PasswordResetRequested event) {
        outbox.enqueue(new EmailDraft(
                EmailKind.PASSWORD_RESET,
                event.email(),
                event.displayName(),
                event.language(),
                Map.of("actionUrl", event.link(), "expiresAt", when(event.expiresAt(), event.language())),
                "Account",
                event.accountId()));
    }

    /** "26/11/2026 alle 15:05" or "26 Nov 2026 at 15:05", Italian time. */
    static String when(Instant instant, String language) {
        DateTimeFormatter format = "en".equals(language)
                ? DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("dd/MM/yyyy 'alle' HH:mm", Locale.ITALIAN);
        return format.format(instant.atZone(ROME));
    }
}
