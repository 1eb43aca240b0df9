package it.wecare.factotum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

    @ParameterizedTest
    @CsvSource({
        "Agliè, aglie",
        "Sant'Agata sul Santerno, sant agata sul santerno",
        "Bolzano/Bozen, bolzano bozen",
        "'  Forlì  ', forli",
        "Perché, perche",
        "Castel San Pietro Terme, castel san pietro terme"
    })
    void namesFoldAsTheComuniGeneratorFoldsThem(String name, String folded) {
        assertThat(Folding.fold(name)).isEqualTo(folded);
    }
}
