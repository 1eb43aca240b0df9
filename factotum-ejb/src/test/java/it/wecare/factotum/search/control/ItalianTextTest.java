package it.wecare.factotum.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table of words that must and must not meet after analysis. */
class ItalianTextTest {

    private static final ItalianText TEXT = ItalianText.standard();

    private static boolean meet(String indexed, String query) {
        Set<String> indexedTerms = new HashSet<>(TEXT.terms(indexed));
        List<String> queryTerms = TEXT.terms(query);
        return !queryTerms.isEmpty() && indexedTerms.containsAll(queryTerms);
    }

    @ParameterizedTest(name = "\"{1}\" finds \"{0}\"")
    @CsvSource({
        // stems: singular and plural
        "Tinteggiatura interni, tinteggiature",
        "Pulizie straordinarie, pulizia straordinaria",
        "Sgombero cantine, sgombero cantina",
        // derivations the stemmer alone does not join
        "Tinteggiatura interni, tinteggiare",
        "Tinteggiatura esterni, tinteggio",
        "Sgombero solai, sgomberare",
        "Potatura, potare",
        "Montaggio mobili, montare mobili",
        "Piccola idraulica, idraulico",
        // accents and case
        "Pulizia della città, citta",
        "Mondovì, mondovi",
        "CITTÀ, citta",
        // elisions
        "L'imbiancatura della casa, imbiancatura casa",
        "Sfalcio dell'erba, erba"
    })
    void matchingWordsMeet(String indexed, String query) {
        assertThat(meet(indexed, query)).isTrue();
    }

    @ParameterizedTest(name = "\"{1}\" does not find \"{0}\"")
    @CsvSource({"Tinteggiatura interni, potatura", "Pulizia vetri, piccola idraulica", "Trasporto mobili, trasloco"})
    void differentWordsDoNotMeet(String indexed, String query) {
        assertThat(meet(indexed, query)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" has no terms")
    @CsvSource({"il, ''", "'di la e', ''"})
    void stopWordsAloneFindNothing(String query, String unused) {
        assertThat(TEXT.terms(query)).isEmpty();
    }
}
