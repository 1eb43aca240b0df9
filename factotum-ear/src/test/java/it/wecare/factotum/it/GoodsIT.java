package it.wecare.factotum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators edit the price list of goods in exchange; values out of range are named and not saved. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GoodsIT {

    /** Row of the table: the list's order (furniture first, books fourth). */
    private static final int BOOKS = 3;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PagesClient client = new PagesClient(TestAccounts.BASE_URL);

    @BeforeEach
    void logInAsAdministrator() throws Exception {
        assertThat(client.login(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD)
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void theSeededCategoriesAreListedWithTheirPrices() throws Exception {
        String page = client.get("/backoffice/admin/goods.xhtml").body();
        assertThat(page)
                .contains("Mobili", "Abbigliamento", "Elettrodomestici", "Libri", "Giocattoli", "Attrezzi")
                .contains("Oggetti per la casa", "Altro");
    }

    @Test
    void aNeedOutOfRangeIsRefusedNamingTheFieldAndAChangeIsSavedAndAudited() throws Exception {
        HttpResponse<String> page = client.get("/backoffice/admin/goods.xhtml");
        HttpResponse<String> refused =
                client.submit(page, "goodsForm", "goods:" + BOOKS + ":save", Map.of("goods:" + BOOKS + ":need", "5"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Bisogno (0–3) (Libri)").doesNotContain("salvato");

        HttpResponse<String> fresh = client.get("/backoffice/admin/goods.xhtml");
        HttpResponse<String> saved = client.submit(
                fresh,
                "goodsForm",
                "goods:" + BOOKS + ":save",
                Map.of("goods:" + BOOKS + ":need", "1,50", "goods:" + BOOKS + ":newPrice", "9,00"));
        assertThat(saved.body()).contains("Listino «Libri» salvato.");
        assertThat(client.get("/backoffice/audit.xhtml").body()).contains("GOODS_PRICE_CHANGED");
    }

    @Test
    void anAdministratorAddsACategoryOnceAndABadCodeIsNamed() throws Exception {
        String code = "bici-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> fields = Map.of(
                "code",
                code,
                "nameIt",
                "Biciclette " + code,
                "nameEn",
                "Bicycles " + code,
                "newPrice",
                "200,00",
                "life",
                "12",
                "need",
                "1,20");
        HttpResponse<String> added =
                client.submit(client.get("/backoffice/admin/goods.xhtml"), "addForm", "add", fields);
        assertThat(added.body()).contains("Categoria «Biciclette " + code + "» aggiunta.");
        assertThat(client.get("/backoffice/admin/goods.xhtml").body()).contains("Bicycles " + code);

        HttpResponse<String> again =
                client.submit(client.get("/backoffice/admin/goods.xhtml"), "addForm", "add", fields);
        assertThat(again.body()).contains("Codice: questo codice è già usato da un'altra categoria");

        java.util.Map<String, String> bad = new java.util.HashMap<>(fields);
        bad.put("code", "Bici Nuove");
        HttpResponse<String> refused =
                client.submit(client.get("/backoffice/admin/goods.xhtml"), "addForm", "add", bad);
        assertThat(refused.body()).contains("Codice").contains("lettere minuscole, cifre o trattini");
    }
}
