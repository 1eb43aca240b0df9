package it.wecare.factotum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkMarkersTest {

    @Test
    void aMarkerSurvivesHtmlEscapingAndIsFoundAgain() {
        String seal = LinkMarkers.newSeal();
        String html = "<a href=\"http://x/p?token=" + LinkMarkers.marker(seal) + "\">&amp;</a>";

        assertThat(LinkMarkers.seals("text without links", html)).containsExactly(seal);
    }

    @Test
    void revealPutsEachTokenWhereItsSealIsAndMasksTheRest() {
        String mine = LinkMarkers.newSeal();
        String other = LinkMarkers.newSeal();
        String text = "a=" + LinkMarkers.marker(mine) + " b=" + LinkMarkers.marker(other);

        assertThat(LinkMarkers.reveal(text, Map.of(mine, "T0k$n"), "gone")).isEqualTo("a=T0k$n b=gone");
    }

    @Test
    void maskHidesEverySealFromAPreview() {
        String seal = LinkMarkers.newSeal();

        assertThat(LinkMarkers.mask("token=" + LinkMarkers.marker(seal)))
                .isEqualTo("token=" + LinkMarkers.MASK)
                .doesNotContain(seal);
    }

    @Test
    void sealsAreRandomAndHex() {
        assertThat(LinkMarkers.newSeal()).matches("[0-9a-f]{32}").isNotEqualTo(LinkMarkers.newSeal());
    }
}
