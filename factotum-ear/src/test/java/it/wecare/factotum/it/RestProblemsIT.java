package it.wecare.factotum.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every failure of the REST API is answered in problem+json (RFC 9457), never with a stack trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestProblemsIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static RequestSpecification asAdmin() {
        return given().baseUri(TestAccounts.BASE_URL)
                .auth()
                .preemptive()
                .basic(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
    }

    @Test
    void malformedJsonGets400Problem() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"email\": ")
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .contentType(containsString(PROBLEM))
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void invalidFieldsGet400ProblemNamingEachField() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email", "not-an-email",
                        "displayName", "",
                        "language", "fr",
                        "roles", List.of("OPERATOR"),
                        "initialPassword", "long-enough-password"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .contentType(containsString(PROBLEM))
                .body("type", containsString("validation"))
                .body("errors.field", hasItems("email", "displayName", "language"))
                .body("errors.field", not(hasItem("initialPassword")))
                .body("errors.message", not(hasItem(containsString("Exception"))));
    }

    @Test
    void unknownIdGets404Problem() {
        asAdmin()
                .get("/api/v1/accounts/987654321")
                .then()
                .statusCode(404)
                .contentType(containsString(PROBLEM))
                .body("status", equalTo(404))
                .body("detail", containsString("987654321"));
        given().baseUri(TestAccounts.BASE_URL)
                .get("/api/v1/organisations/no-such-cooperative")
                .then()
                .statusCode(404)
                .contentType(containsString(PROBLEM));
    }

    @Test
    void anonymousCallerGets401ProblemWithAChallenge() {
        given().baseUri(TestAccounts.BASE_URL)
                .get("/api/v1/accounts/1")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .contentType(containsString(PROBLEM))
                .body("status", equalTo(401));
    }

    @Test
    void workerGets403ProblemOnAdministratorResources() {
        String worker = TestAccounts.create("rest-worker", "WORKER", "worker-password-2026");
        given().baseUri(TestAccounts.BASE_URL)
                .auth()
                .preemptive()
                .basic(worker, "worker-password-2026")
                .get("/api/v1/accounts/1")
                .then()
                .statusCode(403)
                .contentType(containsString(PROBLEM));
    }

    @Test
    void takenEmailGets409Problem() {
        String email = TestAccounts.create("duplicate", "OPERATOR", "operator-password-2026");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email", email.toUpperCase(),
                        "displayName", "Copy",
                        "language", "it",
                        "roles", List.of("OPERATOR"),
                        "initialPassword", "another-long-password"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(409)
                .contentType(containsString(PROBLEM))
                .body("detail", containsString("already used"));
    }

    @Test
    void createdAccountIsReadBackWithoutItsPassword() {
        String location = asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email", TestAccounts.uniqueEmail("readback2"),
                        "displayName", "Read Back",
                        "language", "en",
                        "roles", List.of("EDUCATOR"),
                        "initialPassword", "educator-password-2026"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        asAdmin()
                .get(location)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Read Back"))
                .body("language", equalTo("en"))
                .body("roles", hasItem("EDUCATOR"))
                .body("id", notNullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("initialPassword")))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
    }

    @Test
    void healthAnswersUpWithTheSchemaVersion() {
        given().baseUri(TestAccounts.BASE_URL)
                .get("/api/v1/health")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("database", equalTo("UP"))
                .body("schemaVersion", notNullValue());
    }

    @Test
    void aPathParameterOfTheWrongTypeIsNamedInPlainWords() {
        given().baseUri(TestAccounts.BASE_URL)
                .get("/api/v1/workers/abc")
                .then()
                .contentType(containsString(PROBLEM))
                .body("detail", containsString("'id'"))
                .body("detail", not(containsString("RESTEASY")))
                .body("detail", not(containsString("jakarta.ws.rs")));
    }

    @Test
    void anUnknownPathSaysSoWithoutTheFrameworksWords() {
        given().baseUri(TestAccounts.BASE_URL)
                .get("/api/v1/no-such-resource")
                .then()
                .statusCode(404)
                .contentType(containsString(PROBLEM))
                .body("detail", equalTo("There is no resource at this address."));
    }

    @Test
    void aMalformedEscapeInThePathIsAProblemNotTheServersPage() throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(TestAccounts.BASE_URL + "/api/v1/comuni/%ff"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).isBetween(400, 404);
        org.assertj.core.api.Assertions.assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> org.assertj.core.api.Assertions.assertThat(type).contains(PROBLEM));
    }

    @Test
    void aBodyOverTheLimitIsRefused413NamingTheLimit() throws Exception {
        // 2 MB, and 11 MB: above the container's former 10 MB default, which answered a bare 400
        for (int megabytes : new int[] {2, 11}) {
            refused413(megabytes);
        }
    }

    private static void refused413(int megabytes) throws Exception {
        String huge = "{\"email\":\"" + "a".repeat(megabytes * 1024 * 1024) + "\"}";
        String basic = java.util.Base64.getEncoder()
                .encodeToString((TestAccounts.ADMIN_EMAIL + ":" + TestAccounts.ADMIN_PASSWORD)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // the body is sent whole (curl, which waits for "100 Continue", gets the same answer; Java's client,
        // asked to wait, gives up on a connection the server closes without reading the body)
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(TestAccounts.BASE_URL + "/api/v1/accounts"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Basic " + basic)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(huge))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> org.assertj.core.api.Assertions.assertThat(type).contains(PROBLEM));
        org.assertj.core.api.Assertions.assertThat(answer.body()).contains("1 MiB");
    }

    @Test
    void aWriteWithTheSessionCookieFromAForeignOriginIsRefused() throws Exception {
        PagesClient admin = new PagesClient(TestAccounts.BASE_URL);
        admin.login(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        String session = admin.sessionId().orElseThrow();
        Map<String, Object> invitation = Map.of(
                "email",
                TestAccounts.uniqueEmail("csrf"),
                "displayName",
                "Forged",
                "language",
                "it",
                "roles",
                List.of("ADMIN"));

        given().baseUri(TestAccounts.BASE_URL)
                .cookie("JSESSIONID", session)
                .header("Origin", "https://evil.example")
                .contentType(ContentType.JSON)
                .body(invitation)
                .post("/api/v1/accounts/invitations")
                .then()
                .statusCode(403)
                .contentType(containsString(PROBLEM))
                .body("detail", containsString("Origin"));
        given().baseUri(TestAccounts.BASE_URL)
                .cookie("JSESSIONID", session)
                .contentType(ContentType.JSON)
                .body(invitation)
                .post("/api/v1/accounts/invitations")
                .then()
                .statusCode(403);
        given().baseUri(TestAccounts.BASE_URL)
                .cookie("JSESSIONID", session)
                .header("Origin", TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .body(invitation)
                .post("/api/v1/accounts/invitations")
                .then()
                .statusCode(201);
    }
}
