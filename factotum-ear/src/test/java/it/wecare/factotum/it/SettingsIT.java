package it.wecare.factotum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators change typed settings in the back-office; bad values are named, changes are audited. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettingsIT {

    /** Row of the settings table: the order of {@code Setting}. */
    private static final int PHONE_ROW = 2;

    private static final int MAX_FAILURES_ROW = 3;

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
    void aValueOfTheWrongTypeIsRefusedNamingTheSettingAndTheReason() throws Exception {
        HttpResponse<String> page = client.get("/backoffice/admin/settings.xhtml");

        HttpResponse<String> answer = client.submit(
                page,
                "settingsForm",
                "settings:" + MAX_FAILURES_ROW + ":save",
                Map.of("settings:" + MAX_FAILURES_ROW + ":value", "tanti"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Tentativi di accesso prima del blocco: deve essere un numero intero");
    }

    @Test
    void aValueOutOfRangeIsRefusedWithTheRange() throws Exception {
        HttpResponse<String> page = client.get("/backoffice/admin/settings.xhtml");

        HttpResponse<String> answer = client.submit(
                page,
                "settingsForm",
                "settings:" + MAX_FAILURES_ROW + ":save",
                Map.of("settings:" + MAX_FAILURES_ROW + ":value", "500"));

        assertThat(answer.body()).contains("deve essere compreso tra 1 e 50");
    }

    @Test
    void aChangeIsSavedShownAndWrittenToTheAuditLog() throws Exception {
        String phone = "011 " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[a-f]", "7");
        assertThat(client.get("/").body()).doesNotContain(phone); // the node now holds the settings in memory
        HttpResponse<String> page = client.get("/backoffice/admin/settings.xhtml");

        HttpResponse<String> answer = client.submit(
                page,
                "settingsForm",
                "settings:" + PHONE_ROW + ":save",
                Map.of("settings:" + PHONE_ROW + ":value", phone));

        assertThat(answer.body()).contains("Impostazione «Telefono di contatto» salvata.");
        assertThat(client.get("/").body())
                .as("the change is seen at once on this node")
                .contains(phone);
        HttpResponse<String> audit = client.get("/backoffice/audit.xhtml");
        assertThat(audit.body()).contains("SETTING_CHANGED").contains("→ " + phone);
    }
}
