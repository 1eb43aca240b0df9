package it.wecare.factotum.notifications.boundary;

import it.wecare.factotum.platform.boundary.OutgoingMail;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Configuration;
import it.wecare.factotum.platform.control.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;

/**
 * Hands one email to the SMTP server through WildFly's mail session, with the Message-ID fixed when the
 * email entered the outbox. In demo mode without an SMTP server configured, emails go to the demo
 * mailbox instead (the back-office shows them); nothing leaves the machine.
 */
@ApplicationScoped
public class Mailer {

    public static final String SMTP = "smtp";
    public static final String DEMO_MAILBOX = "demo-mailbox";

    @Inject
    OutgoingMail outgoingMail;

    @Inject
    Settings settings;

    /** Where emails go on this server: {@link #SMTP} or {@link #DEMO_MAILBOX}. */
    public String transport() {
        Configuration config = Configuration.fromSystem();
        return config.flag("factotum.demo")
                        && config.value("factotum.smtp.host").isEmpty()
                ? DEMO_MAILBOX
                : SMTP;
    }

    /**
     * Delivers {@code email}; returns the transport used.
     *
     * @throws MessagingException when the SMTP server refuses it or cannot be reached
     */
    public String deliver(EmailContent email) throws MessagingException {
        String transport = transport();
        if (DEMO_MAILBOX.equals(transport)) {
            return transport;
        }
        Session session = outgoingMail.session();
        MimeMessage message = OutgoingMail.withMessageId(session, email.messageId());
        InternetAddress from = InternetAddress.getLocalAddress(session);
        try {
            if (from != null) {
                from.setPersonal(settings.value(Setting.COOPERATIVE_NAME), "UTF-8");
                message.setFrom(from);
            } else {
                message.setFrom();
            }
            message.setRecipient(
                    Message.RecipientType.TO, new InternetAddress(email.recipient(), email.recipientName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 not supported", e);
        }
        message.setSubject(email.subject(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Content-Language", email.language());
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        Transport.send(message);
        return transport;
    }
}
