package it.wecare.factotum.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import it.wecare.factotum.platform.control.Configuration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    @Test
    void anSmtpUserSelectsTheAuthenticatedSession() {
        assertThat(OutgoingMail.needsLogin(
                        new Configuration(name -> null, Map.of("FACTOTUM_SMTP_USER", "mailer")::get)))
                .isTrue();
    }

    @Test
    void withoutAnSmtpUserTheDefaultSessionIsUsed() {
        assertThat(OutgoingMail.needsLogin(new Configuration(name -> null, name -> null)))
                .isFalse();
        assertThat(OutgoingMail.needsLogin(new Configuration(name -> null, name -> "")))
                .isFalse();
    }
}
