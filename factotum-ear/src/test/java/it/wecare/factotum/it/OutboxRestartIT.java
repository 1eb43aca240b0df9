package it.wecare.factotum.it;

import static it.wecare.factotum.it.TestAccounts.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Emails waiting when the application goes away are all delivered after it comes back: the outbox lives
 * in the database, not in memory. (The application is undeployed, not the JVM killed; a row caught in
 * the middle of a delivery by a real crash is covered by the lease, see OutboxSenderTest.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxRestartIT {

    private static final String APP = "restartable";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("greenmail.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(name = APP, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void emailsPendingWhenTheApplicationStopsAllArriveOnceItRunsAgain() throws Exception {
        deployer.deploy(APP);
        TestAccounts.setSetting("outbox.retry.base-seconds", "1");
        try {
            SMTP.stop();
            List<String> invited = List.of(invite("restart-1"), invite("restart-2"));
            awaitAttempted(invited);

            deployer.undeploy(APP);
            SMTP.start();
            Thread.sleep(2000);
            assertThat(SMTP.getReceivedMessages())
                    .as("nothing is sent while the application is gone")
                    .isEmpty();

            deployer.deploy(APP);
            for (String email : invited) {
                assertThat(Mails.awaitFor(SMTP, email, 1, Duration.ofSeconds(40)))
                        .hasSize(1);
            }
            Thread.sleep(3000);
            for (String email : invited) {
                assertThat(Mails.receivedBy(SMTP, email))
                        .as("no duplicate for " + email)
                        .hasSize(1);
            }
        } finally {
            TestAccounts.setSetting("outbox.retry.base-seconds", "30");
            deployer.undeploy(APP);
        }
    }

    private static String invite(String prefix) {
        String email = TestAccounts.uniqueEmail(prefix);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", prefix, "language", "it", "roles", List.of("WORKER")))
                .post("/api/v1/accounts/invitations")
                .then()
                .statusCode(201);
        return email;
    }

    private static void awaitAttempted(List<String> emails) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            boolean all = emails.stream()
                    .allMatch(email -> asAdmin()
                                    .queryParam("recipient", email)
                                    .get("/api/v1/outbox")
                                    .jsonPath()
                                    .getInt("[0].attempts")
                            >= 1);
            if (all) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the emails were never attempted");
    }
}
