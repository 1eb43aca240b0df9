package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.MailCheckResult;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.control.Setting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Sends a test email through the server's mail session, so an administrator can check the SMTP
 * configuration. Sent at once, not through the outbox: its purpose is to see the SMTP answer now.
 */
@Stateless
public class MailCheck {

    @Inject
    OutgoingMail outgoingMail;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /**
     * Sends the test email to {@code recipient} in {@code language}.
     *
     * @throws InvalidInput naming {@code recipient} when the address is malformed
     * @throws ExternalServiceFailed when the SMTP server refused the message or could not be reached
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public MailCheckResult send(String recipient, String language) {
        InternetAddress to;
        try {
            to = new InternetAddress(recipient, true);
        } catch (AddressException e) {
            throw new InvalidInput("recipient", "mail.error.address");
        }
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.ITALIAN;
        ResourceBundle texts = ResourceBundle.getBundle("it.wecare.factotum.platform.mail", locale);
        String cooperative = settings.value(Setting.COOPERATIVE_NAME);
        String messageId = "<mail-check-" + UUID.randomUUID() + "@factotum>";
        try {
            MimeMessage message = OutgoingMail.withMessageId(outgoingMail.session(), messageId);
            message.setRecipient(MimeMessage.RecipientType.TO, to);
            message.setSubject(texts.getString("check.subject").replace("{0}", cooperative), "UTF-8");
            message.setText(texts.getString("check.body").replace("{0}", cooperative), "UTF-8");
            message.setHeader("Content-Language", locale.getLanguage());
            Transport.send(message);
        } catch (MessagingException e) {
            audit.record("MAIL_CHECK_FAILED", "Mail", recipient, String.valueOf(e.getMessage()));
            throw new ExternalServiceFailed("mail.error.smtp", String.valueOf(e.getMessage()));
        }
        audit.record("MAIL_CHECK_SENT", "Mail", recipient, messageId);
        return new MailCheckResult(to.getAddress(), messageId, clock.instant());
    }
}
