package it.wecare.factotum.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** The administrator the server creates at first start, and accounts the tests create through the API. */
final class TestAccounts {

    static final String BASE_URL = System.getProperty("factotum.base.url", "http://localhost:8080");
    static final String ADMIN_EMAIL = System.getProperty("it.admin.email", "it-admin@factotum.test");
    static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "it-admin-password-2026");

    /** What a leaked stack trace looks like in a page or an answer. */
    static final String STACK_TRACE = "(Caused by:|\\bat [\\w.$]+\\([\\w$]+\\.java:\\d+\\))";

    private TestAccounts() {}

    /** A fresh, unique email, so every test builds its own data. */
    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@factotum.test";
    }

    static io.restassured.specification.RequestSpecification asAdmin() {
        return given().baseUri(BASE_URL).auth().preemptive().basic(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** Sets a setting through the API as the administrator. */
    static void setSetting(String key, String value) {
        long version = asAdmin()
                .get("/api/v1/settings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.key == '" + key + "' }.version");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("value", value, "version", version))
                .put("/api/v1/settings/" + key)
                .then()
                .statusCode(200);
    }

    /** Creates an account through the API as the administrator and returns its email. */
    static String create(String prefix, String role, String password) {
        return created(prefix, role, password).getString("email");
    }

    /** Creates an account through the API as the administrator and returns it as the API shows it. */
    static io.restassured.path.json.JsonPath created(String prefix, String role, String password) {
        String email = uniqueEmail(prefix);
        return given().baseUri(BASE_URL)
                .auth()
                .preemptive()
                .basic(ADMIN_EMAIL, ADMIN_PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email",
                        email,
                        "displayName",
                        "Test " + prefix,
                        "language",
                        "it",
                        "roles",
                        java.util.List.of(role),
                        "initialPassword",
                        password))
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
