package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.platform.control.Configuration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The WildFly mail session every email leaves through: {@code java:jboss/mail/Authenticated} when
 * {@code FACTOTUM_SMTP_USER} is set (the SMTP server wants a login), {@code java:jboss/mail/Default}
 * otherwise. Both take host, port, TLS and sender from the environment (see configure-server.cli).
 */
@ApplicationScoped
public class OutgoingMail {

    @Resource(lookup = "java:jboss/mail/Default")
    Session anonymous;

    @Resource(lookup = "java:jboss/mail/Authenticated")
    Session authenticated;

    public Session session() {
        return needsLogin(Configuration.fromSystem()) ? authenticated : anonymous;
    }

    static boolean needsLogin(Configuration configuration) {
        return configuration.value("factotum.smtp.user").isPresent();
    }

    /**
     * A message that keeps the Message-ID chosen when it was created (JavaMail would make up a new one at
     * every send), so a repeated delivery is recognisable as the same message.
     */
    public static MimeMessage withMessageId(Session session, String messageId) {
        return new FixedIdMessage(session, messageId);
    }

    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
