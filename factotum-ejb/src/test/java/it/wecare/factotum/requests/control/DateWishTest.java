package it.wecare.factotum.requests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.api.requests.TimeOfDay;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateWishTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void anExactDateFromTodayOn() {
        DateWish today = DateWish.exact(TODAY, TimeOfDay.MORNING, TODAY);
        assertThat(today.earliest()).isEqualTo(TODAY);
        assertThat(today.latest()).isEqualTo(TODAY);
        assertThat(today.allows(TODAY)).isTrue();
        assertThat(today.allows(TODAY.plusDays(1))).isFalse();
        assertThatThrownBy(() -> DateWish.exact(TODAY.minusDays(1), null, TODAY))
                .isInstanceOfSatisfying(BrokenRule.class, e -> {
                    assertThat(e.field()).isEqualTo("exactDate");
                    assertThat(e.messageKey()).isEqualTo("request.error.datePast");
                });
        assertThatThrownBy(() -> DateWish.exact(null, null, TODAY))
                .isInstanceOfSatisfying(
                        BrokenRule.class, e -> assertThat(e.messageKey()).isEqualTo("request.error.dateRequired"));
    }

    @Test
    void aWindowOfAtMostNinetyDaysInOrder() {
        DateWish longest = DateWish.window(TODAY, TODAY.plusDays(90), null, TODAY);
        assertThat(longest.exact()).isNull();
        assertThat(longest.timeOfDay()).isEqualTo(TimeOfDay.ANY);
        assertThat(longest.allows(TODAY.plusDays(45))).isTrue();
        assertThat(longest.allows(TODAY.plusDays(91))).isFalse();
        assertThatThrownBy(() -> DateWish.window(TODAY, TODAY.plusDays(91), null, TODAY))
                .isInstanceOfSatisfying(BrokenRule.class, e -> {
                    assertThat(e.field()).isEqualTo("latest");
                    assertThat(e.messageKey()).isEqualTo("request.error.windowTooLong");
                });
        assertThatThrownBy(() -> DateWish.window(TODAY.plusDays(5), TODAY.plusDays(4), null, TODAY))
                .isInstanceOfSatisfying(
                        BrokenRule.class, e -> assertThat(e.messageKey()).isEqualTo("request.error.windowOrder"));
        assertThatThrownBy(() -> DateWish.window(TODAY.minusDays(1), TODAY.plusDays(4), null, TODAY))
                .isInstanceOfSatisfying(
                        BrokenRule.class, e -> assertThat(e.field()).isEqualTo("earliest"));
        assertThatThrownBy(() -> DateWish.window(TODAY, null, null, TODAY))
                .isInstanceOfSatisfying(
                        BrokenRule.class, e -> assertThat(e.field()).isEqualTo("latest"));
    }

    @Test
    void aDateAtMostAYearAheadAndNeverInYear999999999() {
        assertThat(DateWish.exact(TODAY.plusDays(366), null, TODAY).exact()).isEqualTo(TODAY.plusDays(366));
        assertThatThrownBy(() -> DateWish.exact(TODAY.plusDays(367), null, TODAY))
                .isInstanceOfSatisfying(BrokenRule.class, e -> {
                    assertThat(e.field()).isEqualTo("exactDate");
                    assertThat(e.messageKey()).isEqualTo("request.error.dateTooFar");
                });
        assertThatThrownBy(() -> DateWish.exact(LocalDate.of(999_999_999, 1, 1), null, TODAY))
                .isInstanceOf(BrokenRule.class);
        assertThatThrownBy(() ->
                        DateWish.window(LocalDate.of(999_999_999, 1, 1), LocalDate.of(999_999_999, 1, 2), null, TODAY))
                .isInstanceOfSatisfying(
                        BrokenRule.class, e -> assertThat(e.field()).isEqualTo("earliest"));
    }
}
