package it.wecare.factotum.it;

import static it.wecare.factotum.it.TestAccounts.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account emails, end to end: outbox, SMTP (GreenMail), the link in the email, the password page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("greenmail.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String invite(String prefix, String name, String language) {
        String email = TestAccounts.uniqueEmail(prefix);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", name, "language", language, "roles", List.of("OPERATOR")))
                .post("/api/v1/accounts/invitations")
                .then()
                .statusCode(201);
        return email;
    }

    @Test
    void anEnglishInvitationArrivesInEnglishAndItsLinkSetsThePasswordOnce() throws Exception {
        String email = invite("invited-en", "Grace Hopper", "en");

        MimeMessage mail = Mails.awaitOne(SMTP, email);
        assertThat(mail.getSubject()).endsWith("your access to Factotum");
        assertThat(mail.getHeader("Content-Language")).containsExactly("en");
        assertThat(mail.getMessageID()).endsWith(".outbox@factotum>");
        String text = Mails.text(mail);
        assertThat(text).contains("Hello Grace Hopper").contains("You receive this email because");
        assertThat(Mails.html(mail)).contains("Choose your password").contains("<html lang=\"en\"");

        String link = Mails.link(text);
        PagesClient person = new PagesClient(TestAccounts.BASE_URL);
        HttpResponse<String> firstLook = person.getUrl(link);
        HttpResponse<String> page = person.getUrl(link);
        assertThat(firstLook.body()).contains("Grace Hopper");
        assertThat(page.body()).contains("Welcome: choose your password").contains(email);

        HttpResponse<String> saved = person.submit(
                page,
                "passwordForm",
                "save",
                Map.of("password", "grace-new-password-2026", "confirmation", "grace-new-password-2026"));

        assertThat(saved.body()).contains("Password saved");
        assertThat(new PagesClient(TestAccounts.BASE_URL)
                        .login(email, "grace-new-password-2026")
                        .statusCode())
                .isEqualTo(302);
        assertThat(new PagesClient(TestAccounts.BASE_URL).getUrl(link).body())
                .contains("Questo link è già stato usato");
    }

    @Test
    void anItalianInvitationArrivesInItalianAndAShortPasswordIsRefusedNamingTheField() throws Exception {
        String email = invite("invitato-it", "Maria Rossi", "it");

        MimeMessage mail = Mails.awaitOne(SMTP, email);
        assertThat(mail.getSubject()).endsWith("il tuo accesso a Factotum");
        assertThat(Mails.text(mail)).contains("Ciao Maria Rossi");

        PagesClient person = new PagesClient(TestAccounts.BASE_URL);
        HttpResponse<String> page = person.getUrl(Mails.link(Mails.text(mail)));
        HttpResponse<String> refused =
                person.submit(page, "passwordForm", "save", Map.of("password", "corta", "confirmation", "corta"));
        assertThat(refused.body()).contains("Nuova password: deve avere almeno 12 caratteri");

        HttpResponse<String> mismatch = person.submit(
                refused,
                "passwordForm",
                "save",
                Map.of("password", "una-password-lunga", "confirmation", "un-altra-password"));
        assertThat(mismatch.body()).contains("Ripeti la password: le due password non coincidono");
    }

    @Test
    void aForgottenPasswordIsResetThroughTheEmailedLink() throws Exception {
        String email = TestAccounts.create("forgetful", "EDUCATOR", "old-password-2026");
        PagesClient person = new PagesClient(TestAccounts.BASE_URL);
        HttpResponse<String> form = person.get("/account/forgotten.xhtml");
        HttpResponse<String> asked = person.submit(form, "forgottenForm", "send", Map.of("email", email));
        assertThat(asked.body()).contains("id=\"resetSent\"").contains("Se l'indirizzo corrisponde a un account");

        MimeMessage mail = Mails.awaitOne(SMTP, email);
        assertThat(mail.getSubject()).endsWith("scegli una nuova password");
        HttpResponse<String> page = person.getUrl(Mails.link(Mails.text(mail)));
        HttpResponse<String> saved = person.submit(
                page,
                "passwordForm",
                "save",
                Map.of("password", "new-password-2026", "confirmation", "new-password-2026"));
        assertThat(saved.body()).contains("Password salvata");

        assertThat(new PagesClient(TestAccounts.BASE_URL)
                        .login(email, "new-password-2026")
                        .statusCode())
                .isEqualTo(302);
        assertThat(new PagesClient(TestAccounts.BASE_URL)
                        .login(email, "old-password-2026")
                        .body())
                .contains("Email o password non corretti.");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() throws Exception {
        String nobody = TestAccounts.uniqueEmail("nobody");
        PagesClient person = new PagesClient(TestAccounts.BASE_URL);
        HttpResponse<String> asked =
                person.submit(person.get("/account/forgotten.xhtml"), "forgottenForm", "send", Map.of("email", nobody));

        assertThat(asked.body()).contains("id=\"resetSent\"").contains("Se l'indirizzo corrisponde a un account");
        assertThat(Mails.awaitFor(SMTP, nobody, 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aForgedLinkShowsAClearPageAndAWayToAskForANewOne() throws Exception {
        HttpResponse<String> page = new PagesClient(TestAccounts.BASE_URL)
                .get("/account/password.xhtml?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Questo link non è valido")
                .contains("Chiedi un nuovo link")
                .doesNotContain("passwordForm")
                .doesNotContainPattern(TestAccounts.STACK_TRACE);
    }

    @Test
    void whileSmtpIsDownEmailsWaitAndAllArriveOnceItIsBack() throws Exception {
        TestAccounts.setSetting("outbox.retry.base-seconds", "1");
        try {
            SMTP.stop();
            List<String> invited = List.of(
                    invite("smtp-down-1", "Uno", "it"),
                    invite("smtp-down-2", "Due", "it"),
                    invite("smtp-down-3", "Tre", "en"));

            Instant deadline = Instant.now().plusSeconds(20);
            boolean allTried = false;
            while (!allTried && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                allTried = invited.stream().allMatch(email -> {
                    var entry = asAdmin()
                            .queryParam("recipient", email)
                            .get("/api/v1/outbox")
                            .jsonPath();
                    return "PENDING".equals(entry.getString("[0].status"))
                            && entry.getInt("[0].attempts") >= 1
                            && entry.getString("[0].lastError") != null;
                });
            }
            assertThat(allTried).as("every email tried, failed and waiting").isTrue();

            SMTP.start();
            for (String email : invited) {
                assertThat(Mails.awaitFor(SMTP, email, 1, Duration.ofSeconds(40)))
                        .hasSize(1);
                assertThat(asAdmin()
                                .queryParam("recipient", email)
                                .get("/api/v1/outbox")
                                .jsonPath()
                                .getString("[0].status"))
                        .isEqualTo("SENT");
            }
        } finally {
            TestAccounts.setSetting("outbox.retry.base-seconds", "30");
        }
    }
}
