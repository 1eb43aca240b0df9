package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.platform.control.Configuration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;

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
}
