package it.wecare.factotum.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seeded catalog through the public REST API and pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theSeededCatalogHasTheRealServicesInItalianAndEnglish() {
        List<String> codes = given().baseUri(TestAccounts.BASE_URL)
                .get("/api/v1/categories")
                .then()
                .statusCode(200)
                .body("find { it.code == 'tinteggiature' }.name", equalTo("Tinteggiature"))
                .body(
                        "find { it.code == 'tinteggiature' }.subcategories.code",
                        hasItems("tinteggiatura-interni", "tinteggiatura-esterni", "verniciatura-ringhiere-cancelli"))
                .body(
                        "find { it.code == 'pulizie' }.subcategories.code",
                        hasItems(
                                "pulizie-ordinarie", "pulizie-straordinarie", "pulizie-fine-cantiere", "pulizia-vetri"))
                .extract()
                .path("code");
        assertThat(codes)
                .contains(
                        "pulizie",
                        "sgomberi",
                        "tinteggiature",
                        "piccole-manutenzioni",
                        "giardinaggio",
                        "traslochi-trasporti",
                        "commissioni-accompagnamento");

        given().baseUri(TestAccounts.BASE_URL)
                .header("Accept-Language", "en-GB,en;q=0.9")
                .get("/api/v1/categories/sgomberi")
                .then()
                .statusCode(200)
                .body("name", equalTo("House clearing"))
                .body("subcategories.name", hasItems("Cellar clearing", "Attic clearing", "Flat clearing"));
    }

    @Test
    void anUnknownCategoryIsA404ProblemAndA404Page() throws Exception {
        given().baseUri(TestAccounts.BASE_URL)
                .get("/api/v1/categories/no-such-service")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));

        HttpResponse<String> page = new PagesClient(TestAccounts.BASE_URL).get("/category.xhtml?code=no-such-service");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Pagina non trovata");
    }

    @Test
    void theHomePageShowsTheCategoriesAndACategoryPageItsServices() throws Exception {
        PagesClient visitor = new PagesClient(TestAccounts.BASE_URL);
        assertThat(visitor.get("/").body()).contains("categoryTiles").contains("Giardinaggio");

        HttpResponse<String> page = visitor.get("/category.xhtml?code=giardinaggio");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sfalcio dell").contains("Potatura");
    }
}
