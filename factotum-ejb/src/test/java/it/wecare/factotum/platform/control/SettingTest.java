package it.wecare.factotum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingTest {

    @Test
    void everyDefaultIsAValidValueOfItsOwnSetting() {
        Arrays.stream(Setting.values())
                .forEach(s -> assertThat(s.normalise(s.defaultValue())).isEqualTo(s.defaultValue()));
    }

    @Test
    void keysAreUniqueAndFoundAgain() {
        Arrays.stream(Setting.values())
                .forEach(s -> assertThat(Setting.byKey(s.key())).isSameAs(s));
        assertThatThrownBy(() -> Setting.byKey("no.such.setting")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "security.login.max-failures, abc, setting.error.integer",
        "security.login.max-failures, 0, setting.error.range",
        "security.login.max-failures, 51, setting.error.range",
        "security.login.lock-minutes, 1.5, setting.error.integer",
        "cooperative.email, not-an-email, setting.error.email",
        "cooperative.name, '   ', setting.error.required"
    })
    void invalidValuesAreRefusedWithTheirReason(String key, String value, String reason) {
        assertThatThrownBy(() -> Setting.byKey(key).normalise(value))
                .isInstanceOfSatisfying(
                        SettingType.InvalidSettingValue.class,
                        e -> assertThat(e.messageKey()).isEqualTo(reason));
    }

    @ParameterizedTest
    @CsvSource({
        "security.login.max-failures, ' 7 ', 7",
        "cooperative.email, ' info@coop.it ', info@coop.it",
        "cooperative.name, Cooperativa Mosaico, Cooperativa Mosaico"
    })
    void validValuesAreNormalised(String key, String value, String normalised) {
        assertThat(Setting.byKey(key).normalise(value)).isEqualTo(normalised);
    }

    @Test
    void textsLongerThanAHeaderCanShowAreRefused() {
        assertThatThrownBy(() -> Setting.COOPERATIVE_NAME.normalise("x".repeat(201)))
                .isInstanceOfSatisfying(
                        SettingType.InvalidSettingValue.class,
                        e -> assertThat(e.messageKey()).isEqualTo("setting.error.tooLong"));
        assertThat(Setting.COOPERATIVE_NAME.normalise("x".repeat(200))).hasSize(200);
    }

    @Test
    void decimalsAcceptTheItalianCommaAndBooleansOnlyTrueOrFalse() {
        assertThat(SettingType.DECIMAL.parse("22,5")).hasToString("22.5");
        assertThat(SettingType.BOOLEAN.parse("TRUE")).isEqualTo(Boolean.TRUE);
        assertThatThrownBy(() -> SettingType.BOOLEAN.parse("yes")).isInstanceOf(SettingType.InvalidSettingValue.class);
    }

    @Test
    void ivaRatesAreAListOfPercentagesInTheirPlainForm() {
        assertThat(Setting.QUOTE_IVA_RATES.normalise("22;10.00  5,0 10")).isEqualTo("22, 10, 5, 0");
        assertThat(Setting.QUOTE_IVA_RATES.normalise("1E+1")).isEqualTo("10");
        for (String wrong : new String[] {"", "22, dieci", "-1", "101", ";;"}) {
            assertThatThrownBy(() -> Setting.QUOTE_IVA_RATES.normalise(wrong))
                    .as(wrong)
                    .isInstanceOf(SettingType.InvalidSettingValue.class)
                    .hasMessage("setting.error.percentages");
        }
    }
}
