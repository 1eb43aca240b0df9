package it.wecare.factotum.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public workers API: its parameters are checked and named when wrong. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkersRestIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void malformedParametersGet400NamingEachOne() {
        given().baseUri(TestAccounts.BASE_URL)
                .queryParam("kind", "KING")
                .queryParam("page", "first")
                .queryParam("size", "1000")
                .queryParam("comune", "Torino")
                .get("/api/v1/workers")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("kind", "page", "size", "comune"));
    }

    @Test
    void unknownCategoriesAndComuniAreNamedToo() {
        given().baseUri(TestAccounts.BASE_URL)
                .queryParam("category", "volo-in-mongolfiera")
                .get("/api/v1/workers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("category"));
        given().baseUri(TestAccounts.BASE_URL)
                .queryParam("comune", "999999")
                .get("/api/v1/workers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("comune"));
    }

    @Test
    void aWellFormedQueryAnswersAPageAndAnUnknownProfileIs404() {
        given().baseUri(TestAccounts.BASE_URL)
                .queryParam("category", "tinteggiature")
                .queryParam("kind", "ARTISAN")
                .queryParam("comune", "001272")
                .queryParam("size", "5")
                .get("/api/v1/workers")
                .then()
                .statusCode(200)
                .body("size", org.hamcrest.Matchers.equalTo(5))
                .body("page", org.hamcrest.Matchers.equalTo(0));
        given().baseUri(TestAccounts.BASE_URL)
                .get("/api/v1/workers/987654321")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
    }
}
