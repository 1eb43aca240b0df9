package it.wecare.factotum.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/v1/requests}: the public form's rules through the API, each refused field named. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestsRestIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Map<String, Object> request(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("subcategoryCode", "potatura");
        body.put("description", "Potare la siepe del giardino, circa 20 metri.");
        body.put("comuneCode", "001272");
        body.put("address", "Via Roma 1");
        body.put("exactDate", TODAY.plusDays(4).toString());
        body.put("timeOfDay", "MORNING");
        body.put("clientName", "Giulia Verdi");
        body.put("clientEmail", email);
        body.put("privacyAccepted", true);
        return body;
    }

    @Test
    void aRequestIsReceivedOnceForOneIdempotencyKey() {
        Map<String, Object> body = request(TestAccounts.uniqueEmail("api"));
        String key = UUID.randomUUID().toString();
        String number = given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/requests")
                .then()
                .statusCode(201)
                .body("number", matchesPattern("\\d{4}-\\d{6}"))
                .body("state", equalTo("SUBMITTED"))
                .extract()
                .path("number");
        given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/requests")
                .then()
                .statusCode(200)
                .body("number", equalTo(number))
                .body("created", equalTo(false));
    }

    @Test
    void anIdempotencyKeyBelongsToItsSenderAndOneRequest() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> mine = request(TestAccounts.uniqueEmail("api-key"));
        String number = given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(mine)
                .post("/api/v1/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("number");

        // the same key with another request of the same client: refused, nothing lost silently
        Map<String, Object> changed = new HashMap<>(mine);
        changed.put("description", "Tagliare l'erba del prato, circa 200 metri quadri.");
        given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(changed)
                .post("/api/v1/requests")
                .then()
                .statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("Idempotency-Key"));

        // another client who happens to send the same key gets a request of their own
        String theirs = given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(request(TestAccounts.uniqueEmail("api-key-other")))
                .post("/api/v1/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("number");
        org.assertj.core.api.Assertions.assertThat(theirs).isNotEqualTo(number);
    }

    @Test
    void operatorsReadTheExplainedSuggestionsOfARequest() {
        String number = given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(request(TestAccounts.uniqueEmail("api-matching")))
                .post("/api/v1/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("number");
        given().baseUri(TestAccounts.BASE_URL)
                .accept(ContentType.JSON)
                .get("/api/v1/requests/" + number + "/suggestions")
                .then()
                .statusCode(401);
        given().baseUri(TestAccounts.BASE_URL)
                .auth()
                .preemptive()
                .basic(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD)
                .accept(ContentType.JSON)
                .get("/api/v1/requests/" + number + "/suggestions")
                .then()
                .statusCode(200)
                .body("filtered.keySet()", hasItems("INACTIVE", "NO_SKILL", "OUTSIDE_AREA", "NOT_FREE"))
                .body("maxScore", org.hamcrest.Matchers.greaterThan(0f));
        given().baseUri(TestAccounts.BASE_URL)
                .auth()
                .preemptive()
                .basic(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD)
                .accept(ContentType.JSON)
                .get("/api/v1/requests/2099-999999/suggestions")
                .then()
                .statusCode(404)
                .contentType(containsString("problem+json"));
    }

    @Test
    void refusedFieldsAreNamed() {
        Map<String, Object> malformed = request("not an email");
        malformed.put("comuneCode", "Torino");
        malformed.put("privacyAccepted", false);
        given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .body(malformed)
                .post("/api/v1/requests")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("clientEmail", "comuneCode", "privacyAccepted"));

        Map<String, Object> past = request(TestAccounts.uniqueEmail("api-past"));
        past.put("exactDate", TODAY.minusDays(1).toString());
        given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .body(past)
                .post("/api/v1/requests")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("exactDate"));

        Map<String, Object> brokenName = request(TestAccounts.uniqueEmail("api-name"));
        brokenName.put("clientName", "Marco\nRossi");
        brokenName.put("exactDate", "+999999999-01-01");
        given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .body(brokenName)
                .post("/api/v1/requests")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("clientName"));

        Map<String, Object> farOff = request(TestAccounts.uniqueEmail("api-far"));
        farOff.put("exactDate", TODAY.plusYears(2).toString());
        given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .body(farOff)
                .post("/api/v1/requests")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("exactDate"));

        Map<String, Object> unknownService = request(TestAccounts.uniqueEmail("api-service"));
        unknownService.put("subcategoryCode", "volo-in-mongolfiera");
        given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .body(unknownService)
                .post("/api/v1/requests")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("subcategoryCode"));

        given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .body("{\"exactDate\": \"tomorrow\"}")
                .post("/api/v1/requests")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void aFloodFromOneEmailGets429() {
        String email = TestAccounts.uniqueEmail("api-flood");
        for (int i = 0; i < 5; i++) {
            given().baseUri(TestAccounts.BASE_URL)
                    .contentType(ContentType.JSON)
                    .body(request(email))
                    .post("/api/v1/requests")
                    .then()
                    .statusCode(201);
        }
        given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .body(request(email))
                .post("/api/v1/requests")
                .then()
                .statusCode(429)
                .header("Retry-After", "3600")
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void aFloodFromOneAddressGets429WhateverTheEmail() {
        given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .body(request(TestAccounts.uniqueEmail("api-address")))
                .post("/api/v1/requests")
                .then()
                .statusCode(201);
        TestAccounts.setSetting("requests.rate.per-address-hour", "1");
        try {
            given().baseUri(TestAccounts.BASE_URL)
                    .contentType(ContentType.JSON)
                    .body(request(TestAccounts.uniqueEmail("api-address-other")))
                    .post("/api/v1/requests")
                    .then()
                    .statusCode(429)
                    .header("Retry-After", "3600")
                    .contentType(containsString("application/problem+json"));
        } finally {
            TestAccounts.setSetting("requests.rate.per-address-hour", "30");
        }
    }

    @Test
    void aRequestFromTheApiIsCountedAsTheApis() throws Exception {
        String number = given().baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .body(request(TestAccounts.uniqueEmail("api-channel")))
                .post("/api/v1/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("number");
        PagesClient operator = new PagesClient(TestAccounts.BASE_URL);
        operator.login(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        var byApi = operator.submit(
                operator.get("/backoffice/requests.xhtml"),
                "requestsForm",
                "search",
                Map.of("text", number, "state_input", "all", "channel_input", "API"));
        // the number shows in the filter's field too: a row is the number as a link's text
        org.assertj.core.api.Assertions.assertThat(byApi.body()).contains(">" + number + "<");
        var byWeb = operator.submit(
                byApi, "requestsForm", "search", Map.of("text", number, "state_input", "all", "channel_input", "WEB"));
        org.assertj.core.api.Assertions.assertThat(byWeb.body()).doesNotContain(">" + number + "<");
    }
}
