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
}
