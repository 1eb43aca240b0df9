package it.wecare.factotum.barter.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.barter.control.Condition;
import it.wecare.factotum.barter.control.Destination;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoodsOfferTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    /** An offer of a wardrobe (item 1) and two bags of clothes (item 2), as if stored. */
    private static GoodsOffer offer() throws Exception {
        GoodsOffer offer = new GoodsOffer(
                42,
                "anna@example.org",
                true,
                List.of(
                        new GoodsOffer.Described("mobili", " Armadio ", Condition.GOOD, 5, 1, new BigDecimal("60")),
                        new GoodsOffer.Described("abbigliamento", "Vestiti", Condition.EXCELLENT, 1, 2, null)),
                NOW,
                "anna@example.org");
        long id = 1;
        for (GoodsItem item : offer.getItems()) {
            Field field = GoodsItem.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(item, id++);
        }
        return offer;
    }

    private static GoodsOffer.Decision value(String euro) {
        return new GoodsOffer.Decision(new BigDecimal("72"), new BigDecimal(euro), null, false);
    }

    private static GoodsOffer.Decision refuse(String reason) {
        return new GoodsOffer.Decision(new BigDecimal("13"), null, reason, false);
    }

    @Test
    void anOfferIsValuedItemByItemAndItsAcceptedItemsBecomeCredit() throws Exception {
        GoodsOffer offer = offer();
        assertThat(offer.getState()).isEqualTo(GoodsOffer.State.OFFERED);
        assertThat(offer.getItems().get(0).getDescription()).isEqualTo("Armadio");
        assertThat(offer.getItems().get(0).getWeightKg()).isEqualByComparingTo("60.00");

        offer.value(Map.of(1L, value("70"), 2L, refuse("Macchiati")), NOW, "op@coop.example");
        assertThat(offer.getState()).isEqualTo(GoodsOffer.State.VALUED);
        assertThat(offer.getValuedBy()).isEqualTo("op@coop.example");
        assertThat(offer.value()).isEqualByComparingTo("70.00");
        // valued again, until the client answers
        offer.value(Map.of(1L, value("65"), 2L, value("10")), NOW.plusSeconds(60), "other@coop.example");
        assertThat(offer.getItems().get(1).getRejectionReason()).isNull();
        assertThat(offer.getItems().get(1).getValuedBy()).isEqualTo("other@coop.example");

        assertThat(offer.accept(NOW.plusSeconds(120))).isEqualByComparingTo("75.00");
        assertThat(offer.getCreditAmount()).isEqualByComparingTo("75.00");
        assertThatThrownBy(() -> offer.value(Map.of(1L, value("1"), 2L, value("1")), NOW, "op"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> offer.withdraw(NOW)).isInstanceOf(IllegalStateException.class);

        offer.collect(1L, Destination.REUSE, new BigDecimal("58.456"), NOW, "op");
        assertThat(offer.getItems().get(0).getMeasuredKg()).isEqualByComparingTo("58.46");
        assertThatThrownBy(() -> offer.collect(2L, Destination.DONATION, BigDecimal.ZERO, NOW, "op"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyItemNeedsEitherAValueOrAReasonNeverBoth() throws Exception {
        GoodsOffer offer = offer();
        assertThatThrownBy(() -> offer.value(Map.of(1L, value("70")), NOW, "op"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> offer.value(
                        Map.of(1L, value("70"), 2L, new GoodsOffer.Decision(null, BigDecimal.ONE, "both", false)),
                        NOW,
                        "op"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> offer.value(Map.of(1L, value("-1"), 2L, value("1")), NOW, "op"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> offer.value(Map.of(1L, value("1.001"), 2L, value("1")), NOW, "op"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOfferIsAcceptedOnlyOnceValuedAndWithdrawnOnlyBeforeAccepting() throws Exception {
        GoodsOffer offer = offer();
        assertThatThrownBy(() -> offer.accept(NOW)).isInstanceOf(IllegalStateException.class);
        offer.withdraw(NOW);
        assertThat(offer.getState()).isEqualTo(GoodsOffer.State.WITHDRAWN);
        assertThatThrownBy(() -> offer.collect(1L, Destination.REUSE, BigDecimal.ONE, NOW, "op"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new GoodsOffer(1, "x", false, List.of(), NOW, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
