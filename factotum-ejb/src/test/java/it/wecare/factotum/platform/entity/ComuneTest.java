package it.wecare.factotum.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ComuneTest {

    private final Comune torino = new Comune("001272", "Torino", "TO", "Torino", "Piemonte");

    @Test
    void anIstatCodeHasSixDigitsAndAProvinceTwoLetters() {
        assertThatThrownBy(() -> new Comune("1272", "Torino", "TO", "Torino", "Piemonte"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> torino.correct("Torino", "to", "Torino", "Piemonte"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postalCodesAreFiveDigitsSeparatedBySpaces() {
        torino.setPostalCodes("10121, 10122;10123");
        assertThat(torino.getPostalCodes()).isEqualTo("10121 10122 10123");
        assertThatThrownBy(() -> torino.setPostalCodes("1012")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coordinatesGoTogetherAndStayOnEarth() {
        assertThatThrownBy(() -> torino.locate(new BigDecimal("45.07"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> torino.locate(new BigDecimal("95"), new BigDecimal("7.68")))
                .isInstanceOf(IllegalArgumentException.class);
        torino.locate(new BigDecimal("45.070490"), new BigDecimal("7.686820"));
        assertThat(torino.getLatitude()).isEqualByComparingTo("45.07049");
    }

    @Test
    void theSearchNameFollowsTheName() {
        torino.correct("Torinò", "TO", "Torino", "Piemonte");
        assertThat(torino.getSearchName()).isEqualTo("torino");
    }
}
