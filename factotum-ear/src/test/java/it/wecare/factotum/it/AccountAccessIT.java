package it.wecare.factotum.it;

import static io.restassured.RestAssured.given;
import static it.wecare.factotum.it.TestAccounts.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An administrator changes a person's roles or deactivates the account, and a password reset ends the
 * person's other sessions: each time the sessions opened before end at their next request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountAccessIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("greenmail.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String PASSWORD = "access-test-password-2026";
    private static final String OUTBOX = "/backoffice/outbox.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void newRolesEndTheOpenSessionsAndHoldAtTheNextLogin() throws Exception {
        JsonPath account = TestAccounts.created("access-operator", "OPERATOR", PASSWORD);
        String operator = account.getString("email");
        PagesClient open = loggedIn(operator, PASSWORD);
        assertThat(open.get(OUTBOX).statusCode()).isEqualTo(200);
        account = fresh(account); // a login changes the account (its last login)

        JsonPath changed = asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("EDUCATOR"), "active", true, "version", account.getLong("version")))
                .put("/api/v1/accounts/" + account.getLong("id") + "/access")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(changed.getList("roles")).containsExactly("EDUCATOR");

        HttpResponse<String> after = ended(open);
        assertThat(after.statusCode())
                .as("the old session is over: back to the login")
                .isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
        PagesClient again = loggedIn(operator, PASSWORD);
        assertThat(again.get(OUTBOX).statusCode()).as("now an educator").isEqualTo(403);
        assertThat(again.get("/backoffice/index.xhtml").statusCode()).isEqualTo(200);

        // a stale version is refused; so is an empty set of roles, naming the field
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("OPERATOR"), "active", true, "version", account.getLong("version")))
                .put("/api/v1/accounts/" + account.getLong("id") + "/access")
                .then()
                .statusCode(409);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("roles", List.of(), "active", true, "version", changed.getLong("version")))
                .put("/api/v1/accounts/" + account.getLong("id") + "/access")
                .then()
                .statusCode(400)
                .body(org.hamcrest.Matchers.containsString("roles"));
    }

    @Test
    void aDeactivatedAccountLeavesAndCannotComeBack() throws Exception {
        JsonPath account = TestAccounts.created("access-leaving", "OPERATOR", PASSWORD);
        String operator = account.getString("email");
        PagesClient open = loggedIn(operator, PASSWORD);
        account = fresh(account);

        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("OPERATOR"), "active", false, "version", account.getLong("version")))
                .put("/api/v1/accounts/" + account.getLong("id") + "/access")
                .then()
                .statusCode(200)
                .body("active", org.hamcrest.Matchers.equalTo(false));

        assertThat(ended(open).statusCode()).isEqualTo(302);
        assertThat(new PagesClient(TestAccounts.BASE_URL)
                        .login(operator, PASSWORD)
                        .statusCode())
                .as("the login page refuses it")
                .isEqualTo(200);
        given().baseUri(TestAccounts.BASE_URL)
                .auth()
                .preemptive()
                .basic(operator, PASSWORD)
                .get("/api/v1/outbox")
                .then()
                .statusCode(401);
    }

    @Test
    void anAdministratorDoesNotChangeTheirOwnAccess() {
        JsonPath me = administrator();
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("OPERATOR"), "active", true, "version", me.getLong("version")))
                .put("/api/v1/accounts/" + me.getLong("id") + "/access")
                .then()
                .statusCode(400)
                .body(org.hamcrest.Matchers.containsString("roles"));
        given().baseUri(TestAccounts.BASE_URL)
                .auth()
                .preemptive()
                .basic(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD)
                .get("/api/v1/settings")
                .then()
                .statusCode(200);
    }

    @Test
    void aPasswordResetEndsTheOtherSessions() throws Exception {
        String operator = TestAccounts.create("access-reset", "OPERATOR", PASSWORD);
        PagesClient elsewhere = loggedIn(operator, PASSWORD);
        assertThat(elsewhere.get(OUTBOX).statusCode()).isEqualTo(200);

        PagesClient forgetful = new PagesClient(TestAccounts.BASE_URL);
        forgetful.submit(forgetful.get("/account/forgotten.xhtml"), "forgottenForm", "send", Map.of("email", operator));
        String link = Mails.link(Mails.text(Mails.awaitOne(SMTP, operator)));
        HttpResponse<String> page = forgetful.getUrl(link);
        String newPassword = "a-brand-new-password-2026";
        HttpResponse<String> saved = forgetful.submit(
                page, "passwordForm", "save", Map.of("password", newPassword, "confirmation", newPassword));
        assertThat(saved.body()).contains("passwordSaved");

        assertThat(ended(elsewhere).statusCode())
                .as("the session opened with the old password is over")
                .isEqualTo(302);
        assertThat(loggedIn(operator, newPassword).get(OUTBOX).statusCode()).isEqualTo(200);
    }

    /**
     * The answer to a session's next request once it has ended: each node may trust what it read about an
     * account for 5 seconds (README, Security), so this waits that long at most.
     */
    private static HttpResponse<String> ended(PagesClient session) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(7);
        HttpResponse<String> answer = session.get(OUTBOX);
        while (answer.statusCode() == 200 && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            answer = session.get(OUTBOX);
        }
        return answer;
    }

    private static PagesClient loggedIn(String email, String password) throws Exception {
        PagesClient pages = new PagesClient(TestAccounts.BASE_URL);
        assertThat(pages.login(email, password).statusCode()).isEqualTo(302);
        return pages;
    }

    /** The account as it is now. */
    private static JsonPath fresh(JsonPath account) {
        return asAdmin()
                .get("/api/v1/accounts/" + account.getLong("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The administrator's own account: the first one the server created. */
    private static JsonPath administrator() {
        for (long id = 1; id < 200; id++) {
            var answer = asAdmin().get("/api/v1/accounts/" + id);
            if (answer.statusCode() == 200
                    && TestAccounts.ADMIN_EMAIL.equals(answer.jsonPath().getString("email"))) {
                return answer.jsonPath();
            }
        }
        throw new AssertionError("no account " + TestAccounts.ADMIN_EMAIL);
    }
}
