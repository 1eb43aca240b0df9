package it.wecare.factotum.requests.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.requests.control.DateWish;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuoteRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private static QuoteRequest request(Channel channel, String email) {
        return new QuoteRequest(
                channel,
                "potatura",
                "Potare la siepe.",
                "001272",
                "Via Po 10",
                DateWish.exact(LocalDate.of(2026, 12, 3), TimeOfDay.ANY, LocalDate.of(2026, 11, 26)),
                null,
                null,
                new QuoteRequest.Client("Giulia Verdi", email, null, null, "it"),
                "2026-11",
                email == null ? "operatore@factotum.test" : email,
                NOW);
    }

    @Test
    void aNewRequestIsSubmittedWithTheFirstLineOfItsTimeline() {
        QuoteRequest r = request(Channel.WEB, "giulia@example.org");
        assertThat(r.getState()).isEqualTo(RequestState.SUBMITTED);
        assertThat(r.getTimeline()).hasSize(1);
        assertThat(r.getTimeline().get(0).getToState()).isEqualTo(RequestState.SUBMITTED);
        assertThat(r.getPrivacyVersion()).isEqualTo("2026-11");
        assertThat(r.getPrivacyAcceptedAt()).isEqualTo(NOW);
    }

    @Test
    void theWebNeedsAnEmailTheDeskDoesNot() {
        assertThatThrownBy(() -> request(Channel.WEB, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(request(Channel.PHONE, null).getChannel()).isEqualTo(Channel.PHONE);
    }

    @Test
    void onlyAllowedActionsChangeTheStateAndAFinalStateRecordsWhenItClosed() {
        QuoteRequest r = request(Channel.WEB, "giulia@example.org");
        assertThatThrownBy(() -> r.act(RequestAction.SEND_QUOTE, "op", Channel.DESK, null, NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(r.getState()).isEqualTo(RequestState.SUBMITTED);
        r.act(RequestAction.TAKE_IN_REVIEW, "op", Channel.DESK, null, NOW.plusSeconds(60));
        r.note("op", "Chiamata la cliente.", NOW.plusSeconds(90));
        assertThat(r.getState()).isEqualTo(RequestState.IN_REVIEW);
        assertThat(r.getClosedAt()).isNull();
        r.act(RequestAction.CANCEL, "giulia@example.org", Channel.WEB, "Non serve più", NOW.plusSeconds(120));
        assertThat(r.getState()).isEqualTo(RequestState.CANCELLED);
        assertThat(r.getClosedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(r.getTimeline())
                .extracting(RequestEvent::getAction)
                .containsExactly("SUBMIT", "TAKE_IN_REVIEW", QuoteRequest.NOTE, "CANCEL");
        assertThatThrownBy(() -> r.act(RequestAction.TAKE_IN_REVIEW, "op", Channel.DESK, null, NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    private static QuoteRequest accepted() {
        QuoteRequest r = request(Channel.WEB, "giulia@example.org");
        for (RequestAction a : new RequestAction[] {
            RequestAction.TAKE_IN_REVIEW, RequestAction.ASSIGN, RequestAction.SEND_QUOTE, RequestAction.ACCEPT_QUOTE
        }) {
            r.act(a, "op", Channel.DESK, null, NOW);
        }
        return r;
    }

    @Test
    void aJobIsScheduledOnlyInsideTheWishAndCanBeMovedThenCompletedWithItsHours() {
        QuoteRequest r = accepted();
        var outside = new it.wecare.factotum.requests.control.JobSlot(
                LocalDate.of(2026, 12, 4), java.time.LocalTime.of(9, 0), 60);
        assertThatThrownBy(() -> r.schedule(outside, "op", Channel.DESK, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(r.slot()).isEmpty();
        assertThatThrownBy(() -> r.complete(java.math.BigDecimal.ONE, null, "op", Channel.DESK, NOW))
                .isInstanceOf(IllegalStateException.class);

        var nine = new it.wecare.factotum.requests.control.JobSlot(
                LocalDate.of(2026, 12, 3), java.time.LocalTime.of(9, 0), 60);
        r.schedule(nine, "op", Channel.DESK, NOW);
        var eleven = new it.wecare.factotum.requests.control.JobSlot(
                LocalDate.of(2026, 12, 3), java.time.LocalTime.of(11, 0), 90);
        r.schedule(eleven, "op", Channel.DESK, NOW);
        assertThat(r.getState()).isEqualTo(RequestState.SCHEDULED);
        assertThat(r.slot()).contains(eleven);
        assertThat(r.getTimeline().get(r.getTimeline().size() - 1).getNote()).isEqualTo("2026-12-03 11:00-12:30");

        assertThatThrownBy(() -> r.complete(java.math.BigDecimal.ZERO, null, "op", Channel.DESK, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        r.complete(new java.math.BigDecimal("1.255"), "  Fatto.  ", "op", Channel.WEB, NOW);
        assertThat(r.getState()).isEqualTo(RequestState.COMPLETED);
        assertThat(r.getWorkedHours()).isEqualByComparingTo("1.26");
        assertThat(r.getCompletionNote()).isEqualTo("Fatto.");
        assertThat(r.getClosedAt()).isEqualTo(NOW);
    }
}
