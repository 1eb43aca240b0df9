package it.wecare.factotum.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import it.wecare.factotum.platform.boundary.Comuni;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real list of Italian comuni, loaded by a migration, through the boundary and the public API. */
@ExtendWith(ArquillianExtension.class)
class ComuniIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ComuniIT.class, AsAdministrator.class);
    }

    @Inject
    Comuni comuni;

    @Inject
    AsAdministrator admin;

    @Test
    void anAdministratorAddsAComuneFromAMergerAndCorrectsIt() throws Exception {
        String code = String.valueOf(900000 + new java.util.Random().nextInt(99999));
        var added = admin.call(() -> comuni.add(new it.wecare.factotum.platform.boundary.ComuneEdit(
                code, "Valfusa Nuova", "TO", "Torino", "Piemonte", "10050", null, null, true, 0)));
        org.junit.jupiter.api.Assertions.assertTrue(comuni.suggest("valfusa n", 5).stream()
                .anyMatch(c -> c.istatCode().equals(code)));

        var corrected = admin.call(() -> comuni.correct(new it.wecare.factotum.platform.boundary.ComuneEdit(
                code, "Valfusa", "TO", "Torino", "Piemonte", "10050 10051", null, null, true, added.version())));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("10050", "10051"), corrected.postalCodes());

        var stale = org.junit.jupiter.api.Assertions.assertThrows(
                it.wecare.factotum.platform.boundary.ConflictingChange.class,
                () -> admin.call(() -> comuni.correct(new it.wecare.factotum.platform.boundary.ComuneEdit(
                        code,
                        "Valfusa Vecchia",
                        "TO",
                        "Torino",
                        "Piemonte",
                        null,
                        null,
                        null,
                        true,
                        added.version()))));
        org.junit.jupiter.api.Assertions.assertEquals("conflict.stale", stale.messageKey());
        org.junit.jupiter.api.Assertions.assertThrows(
                jakarta.ejb.EJBAccessException.class,
                () -> comuni.add(new it.wecare.factotum.platform.boundary.ComuneEdit(
                        "900000", "Abusivo", "TO", "Torino", "Piemonte", null, null, null, true, 0)));
    }

    @Test
    void theIstatListIsLoadedAndTorinoIs001272() {
        org.junit.jupiter.api.Assertions.assertTrue(comuni.count() >= 7896, "comuni: " + comuni.count());
        var torino = comuni.byCode("001272");
        org.junit.jupiter.api.Assertions.assertEquals("Torino", torino.name());
        org.junit.jupiter.api.Assertions.assertEquals("TO", torino.provinceCode());
        org.junit.jupiter.api.Assertions.assertEquals("Piemonte", torino.regionName());
        org.junit.jupiter.api.Assertions.assertTrue(torino.postalCodes().contains("10121"));
        org.junit.jupiter.api.Assertions.assertNotNull(torino.latitude());
    }

    @Test
    @RunAsClient
    void theAutocompleteFindsNamesWithoutAccentsAndPrefixesFirst() {
        List<String> names = given().baseUri(TestAccounts.BASE_URL)
                .queryParam("q", "tori")
                .get("/api/v1/comuni")
                .then()
                .statusCode(200)
                .extract()
                .path("name");
        assertThat(names).first().isEqualTo("Torino");

        given().baseUri(TestAccounts.BASE_URL)
                .queryParam("q", "aglie")
                .get("/api/v1/comuni")
                .then()
                .statusCode(200)
                .body("name", hasItem("Agliè"));
        given().baseUri(TestAccounts.BASE_URL)
                .get("/api/v1/comuni/001272")
                .then()
                .statusCode(200)
                .body("provinceName", equalTo("Torino"));
    }

    @Test
    @RunAsClient
    void badParametersGet400ProblemsNamingTheParameter() {
        given().baseUri(TestAccounts.BASE_URL)
                .queryParam("q", "t")
                .get("/api/v1/comuni")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("q"));
        given().baseUri(TestAccounts.BASE_URL)
                .queryParam("q", "torino")
                .queryParam("limit", "500")
                .get("/api/v1/comuni")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().baseUri(TestAccounts.BASE_URL)
                .get("/api/v1/comuni/999999")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
    }
}
