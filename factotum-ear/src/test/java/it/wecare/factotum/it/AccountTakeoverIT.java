package it.wecare.factotum.it;

import static io.restassured.RestAssured.given;
import static it.wecare.factotum.it.TestAccounts.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The account takeover found by the security review, walked as the operator who tried it: a password reset
 * asked for an administrator's address, then the outbox page, its preview and the API, looking for the
 * link. Every step is refused, and the administrator's own email still carries a working link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountTakeoverIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("greenmail.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static final String OPERATOR_PASSWORD = "curious-operator-2026";

    @Test
    void anOperatorCannotReadAnAdministratorsResetLinkAnywhere() throws Exception {
        String target = TestAccounts.create("target-admin", "ADMIN", "target-admin-password-2026");
        String operator = TestAccounts.create("curious-operator", "OPERATOR", OPERATOR_PASSWORD);

        // (1) anyone asks a password reset for the administrator's address
        PagesClient stranger = new PagesClient(TestAccounts.BASE_URL);
        stranger.submit(stranger.get("/account/forgotten.xhtml"), "forgottenForm", "send", Map.of("email", target));
        MimeMessage arrived = Mails.awaitOne(SMTP, target);
        String link = Mails.link(Mails.text(arrived));
        long id = asAdmin()
                .queryParam("recipient", target)
                .get("/api/v1/outbox")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");

        // (2) the operator looks for it: the API, the outbox page and the preview
        JsonPath listed = given().baseUri(TestAccounts.BASE_URL)
                .auth()
                .preemptive()
                .basic(operator, OPERATOR_PASSWORD)
                .queryParam("recipient", target)
                .get("/api/v1/outbox")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(listed.getList("$"))
                .as("the operator's outbox API lists no account email")
                .isEmpty();

        PagesClient curious = new PagesClient(TestAccounts.BASE_URL);
        assertThat(curious.login(operator, OPERATOR_PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> outbox = curious.get("/backoffice/outbox.xhtml");
        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.body()).doesNotContain(target);
        HttpResponse<String> preview = curious.get("/backoffice/email-preview?id=" + id);
        assertThat(preview.statusCode()).isEqualTo(404);
        assertThat(preview.body()).doesNotContain("token=");

        // (3) without the link the operator cannot choose the password, (4) nor act as an administrator
        assertThat(curious.get("/backoffice/admin/settings.xhtml").statusCode()).isEqualTo(403);
        assertThat(given().baseUri(TestAccounts.BASE_URL)
                        .auth()
                        .preemptive()
                        .basic(operator, OPERATOR_PASSWORD)
                        .get("/api/v1/settings")
                        .statusCode())
                .isEqualTo(403);

        // an administrator sees that the email exists, not what it says
        PagesClient administrator = new PagesClient(TestAccounts.BASE_URL);
        administrator.login(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        HttpResponse<String> adminOutbox = administrator.get("/backoffice/outbox.xhtml");
        assertThat(adminOutbox.body()).contains(target).contains("Contenuto riservato");
        assertThat(administrator.get("/backoffice/email-preview?id=" + id).statusCode())
                .isEqualTo(403);
        assertThat(asAdmin()
                        .queryParam("recipient", target)
                        .get("/api/v1/outbox")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("[0].kind"))
                .isEqualTo("PASSWORD_RESET");

        // the administrator's own email works
        HttpResponse<String> page = new PagesClient(TestAccounts.BASE_URL).getUrl(link);
        assertThat(page.body()).contains("passwordForm");
    }

    @Test
    void aClientsTrackingLinkIsInTheEmailAndNotInTheOperatorsPreview() throws Exception {
        String client = TestAccounts.uniqueEmail("tracked-client");
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("subcategoryCode", "potatura");
        body.put("description", "Potare la siepe del giardino, circa 20 metri.");
        body.put("comuneCode", "001272");
        body.put("address", "Via Roma 1");
        body.put(
                "exactDate",
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"))
                        .plusDays(4)
                        .toString());
        body.put("timeOfDay", "MORNING");
        body.put("clientName", "Giulia Verdi");
        body.put("clientEmail", client);
        body.put("privacyAccepted", true);
        given().baseUri(TestAccounts.BASE_URL)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/requests")
                .then()
                .statusCode(201);
        String link = Mails.link(Mails.text(Mails.awaitOne(SMTP, client)));
        String token = link.substring(link.indexOf("token=") + "token=".length());
        assertThat(new PagesClient(TestAccounts.BASE_URL).getUrl(link).body())
                .as("the client's link works")
                .contains("id=\"track-title\"");
        long id = asAdmin()
                .queryParam("recipient", client)
                .get("/api/v1/outbox")
                .then()
                .extract()
                .jsonPath()
                .getLong("[0].id");

        String operator = TestAccounts.create("preview-operator", "OPERATOR", OPERATOR_PASSWORD);
        PagesClient staff = new PagesClient(TestAccounts.BASE_URL);
        staff.login(operator, OPERATOR_PASSWORD);
        HttpResponse<String> preview = staff.get("/backoffice/email-preview?id=" + id);

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("link-personale-nascosto").doesNotContain(token);
    }
}
