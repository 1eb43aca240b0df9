package it.wecare.factotum.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server's mail session (java:jboss/mail/Default) delivers to the SMTP server it is configured with. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("greenmail.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void testEmailGoesThroughTheMailSessionInTheAskedLanguage() throws Exception {
        String messageId = given().baseUri(TestAccounts.BASE_URL)
                .auth()
                .preemptive()
                .basic(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("recipient", "operatrice@factotum.test", "language", "it"))
                .post("/api/v1/mail-checks")
                .then()
                .statusCode(200)
                .body("recipient", equalTo("operatrice@factotum.test"))
                .extract()
                .path("messageId");

        // other tests' emails still in the outbox may arrive too: read the one sent to this recipient
        MimeMessage received = Mails.awaitOne(SMTP, "operatrice@factotum.test");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("operatrice@factotum.test");
        assertThat(received.getSubject()).contains("email di prova");
        assertThat(received.getMessageID()).isEqualTo(messageId);
        assertThat((String) received.getContent()).contains("la configurazione della posta in uscita funziona");
    }

    @Test
    void malformedRecipientIsNamedInTheProblem() {
        given().baseUri(TestAccounts.BASE_URL)
                .auth()
                .preemptive()
                .basic(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("recipient", "nobody at all", "language", "en"))
                .post("/api/v1/mail-checks")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("recipient"));
    }
}
