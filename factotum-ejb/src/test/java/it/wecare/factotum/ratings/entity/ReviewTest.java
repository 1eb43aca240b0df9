package it.wecare.factotum.ratings.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.ratings.control.Policy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Review review(int stars, List<String> heldFor) {
        return new Review(
                1,
                7,
                null,
                "potatura",
                LocalDate.of(2026, 11, 19),
                new Review.Given(stars, 5, null, 4, "  Ottimo lavoro  ", null),
                "Giulia V.",
                null,
                heldFor,
                NOW,
                null);
    }

    @Test
    void aReviewKeepsTheMonthAndIsPublishedAtOnceWithoutHolds() {
        Review review = review(5, List.of());
        assertThat(review.getState()).isEqualTo(Review.State.PUBLISHED);
        assertThat(review.getJobMonth()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(review.getComment()).isEqualTo("Ottimo lavoro");
        assertThat(review.getChannel()).isEqualTo(Review.Channel.LINK);
        assertThatThrownBy(() -> review.publish("op", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void scoresOutOfRangeAndLongTextsAreRefused() {
        assertThatThrownBy(() -> new Review.Given(0, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Review.Given(6, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Review.Given(3, 0, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Review.Given(3, null, null, null, "x".repeat(2001), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Review.Given(3, null, null, null, "   ", null).comment()).isNull();
    }

    @Test
    void aHeldReviewIsPublishedOrHiddenWithAReasonAndItsTextNeverChanges() {
        Review held = review(1, List.of("PHONE"));
        assertThat(held.getState()).isEqualTo(Review.State.HELD);
        assertThat(held.getHeldFor()).isEqualTo("PHONE");
        assertThatThrownBy(() -> held.reply("Grazie", NOW)).isInstanceOf(IllegalStateException.class);
        held.hide(Policy.PERSONAL_DATA, " numero di telefono ", "op", NOW);
        assertThat(held.getState()).isEqualTo(Review.State.HIDDEN);
        assertThat(held.getHiddenNote()).isEqualTo("numero di telefono");
        assertThat(held.getComment()).isEqualTo("Ottimo lavoro");
        assertThatThrownBy(() -> held.hide(Policy.SPAM, null, "op", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> review(2, List.of()).hide(null, null, "op", NOW))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theWorkerRepliesOnce() {
        Review review = review(2, List.of());
        assertThatThrownBy(() -> review.reply("  ", NOW)).isInstanceOf(IllegalArgumentException.class);
        review.reply("Mi dispiace, torno a sistemare.", NOW);
        assertThat(review.getReply()).isEqualTo("Mi dispiace, torno a sistemare.");
        assertThatThrownBy(() -> review.reply("Ancora", NOW)).isInstanceOf(IllegalStateException.class);
    }
}
