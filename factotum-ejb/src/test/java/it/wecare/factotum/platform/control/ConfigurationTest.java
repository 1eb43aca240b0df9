package it.wecare.factotum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        Configuration config = new Configuration(
                Map.of("factotum.admin.email", "prop@x.it")::get, Map.of("FACTOTUM_ADMIN_EMAIL", "env@x.it")::get);
        assertThat(config.value("factotum.admin.email")).contains("prop@x.it");
    }

    @Test
    void theEnvironmentNameIsUpperCaseWithUnderscores() {
        Configuration config = new Configuration(name -> null, Map.of("FACTOTUM_DB_URL", "jdbc:x")::get);
        assertThat(config.value("factotum.db.url")).contains("jdbc:x");
        assertThat(Configuration.environmentName("factotum.login.max-failures"))
                .isEqualTo("FACTOTUM_LOGIN_MAX_FAILURES");
    }

    @Test
    void blankValuesCountAsAbsent() {
        Configuration config = new Configuration(name -> " ", name -> "");
        assertThat(config.value("factotum.demo")).isEmpty();
        assertThat(config.flag("factotum.demo")).isFalse();
    }

    @Test
    void flagsAcceptTheUsualWordsForOn() {
        for (String on : new String[] {"true", "TRUE", "yes", "on", "1"}) {
            assertThat(new Configuration(name -> on, name -> null).flag("factotum.demo"))
                    .isTrue();
        }
        assertThat(new Configuration(name -> "false", name -> null).flag("factotum.demo"))
                .isFalse();
    }
}
