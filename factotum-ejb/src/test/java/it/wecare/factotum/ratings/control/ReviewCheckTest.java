package it.wecare.factotum.ratings.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.ratings.control.ReviewCheck.Hold;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewCheckTest {

    private static final Set<String> WORDS = Set.of("stronzo", "cretino", "truffatore", "figlio di buona donna");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Lavoro fatto bene, puntuale e gentile.|",
                "Pessimo lavoro, siepe tagliata male e in ritardo di due ore.|",
                "Non lo consiglio: lento e disordinato.|",
                "È uno STRONZO.|INSULT",
                "Cretìno!|INSULT",
                "Un vero truffatore|INSULT",
                "Stronzetto simpatico|",
                "sei un figlio di buona donna|INSULT",
                "Chiamatemi al 333 123 4567|PHONE",
                "Tel. +39 011-555-1234|PHONE",
                "Il numero 0115551234 è sempre spento|PHONE",
                "Pagato 120 euro per 3 ore il 12/11/2026|",
                "Scrivetemi a giulia.verdi@example.org|EMAIL",
                "giulia (at) example.org|EMAIL",
                "Abito in via Roma 12, venite pure|ADDRESS",
                "Corso Francia, 5 bis|ADDRESS",
                "p.zza Castello 1/b|ADDRESS",
                "Ha sistemato la via d'accesso al giardino|",
                "Cretino, chiamami al 3331234567 o a x@y.it, via Po 3|INSULT,PHONE,EMAIL,ADDRESS"
            })
    void textsAreHeldOnlyForInsultsAndPersonalData(String text, String expected) {
        List<Hold> holds = ReviewCheck.holds(WORDS, text);
        List<Hold> wanted = expected == null
                ? List.of()
                : java.util.Arrays.stream(expected.split(","))
                        .map(Hold::valueOf)
                        .sorted()
                        .toList();
        assertThat(holds).containsExactlyElementsOf(wanted);
    }

    @org.junit.jupiter.api.Test
    void everyTextIsCheckedAndEmptyOnesAreFine() {
        assertThat(ReviewCheck.holds(WORDS, null, "  ", "tutto bene")).isEmpty();
        assertThat(ReviewCheck.holds(WORDS, "tutto bene", "nota: chiamare 3331234567"))
                .containsExactly(Hold.PHONE);
    }

    @org.junit.jupiter.api.Test
    void aJobIsReviewedOnceOnlyWhenCompletedByAWorker() {
        assertThat(Eligibility.refusal(RequestState.COMPLETED, true, false)).isEmpty();
        assertThat(Eligibility.refusal(RequestState.COMPLETED, true, true)).contains("review.error.exists");
        assertThat(Eligibility.refusal(RequestState.SCHEDULED, true, false)).contains("review.error.notCompleted");
        assertThat(Eligibility.refusal(RequestState.CANCELLED, true, false)).contains("review.error.notCompleted");
        assertThat(Eligibility.refusal(RequestState.COMPLETED, false, false)).contains("review.error.notCompleted");
    }
}
