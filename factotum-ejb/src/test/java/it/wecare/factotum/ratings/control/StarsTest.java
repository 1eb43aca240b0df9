package it.wecare.factotum.ratings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StarsTest {

    @Test
    void oneFiveStarReviewDoesNotOutrankALongGoodRecord() {
        // prior: 5 reviews at the mean of all (4.0)
        Stars.Summary single = Stars.Summary.of(new long[] {0, 0, 0, 0, 1}, 5, 4.0);
        Stars.Summary record = Stars.Summary.of(new long[] {0, 0, 2, 8, 30}, 5, 4.0);
        assertThat(single.average()).isEqualTo(5.0);
        assertThat(single.bayesian()).isCloseTo(25.0 / 6, within(1e-9)); // (5×4 + 5) / 6
        assertThat(record.average()).isCloseTo(4.7, within(1e-9)); // (6 + 32 + 150) / 40
        assertThat(record.bayesian()).isGreaterThan(single.bayesian());
    }

    @Test
    void withoutReviewsTheBayesianAverageIsThePriorAndTheFiguresAreZero() {
        Stars.Summary none = Stars.Summary.of(new long[5], 5, 3.8);
        assertThat(none.count()).isZero();
        assertThat(none.bayesian()).isEqualTo(3.8);
        assertThat(none.percent(5)).isZero();
        assertThat(Stars.bayesian(0, 0, 0, 4.2)).isEqualTo(4.2);
    }

    @Test
    void theDistributionGivesEachStarsShare() {
        Stars.Summary s = Stars.Summary.of(new long[] {1, 0, 0, 1, 2}, 0, 4.0);
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.of(5)).isEqualTo(2);
        assertThat(s.percent(5)).isEqualTo(50);
        assertThat(s.percent(1)).isEqualTo(25);
        assertThat(s.bayesian()).isCloseTo(s.average(), within(1e-9)); // no prior: the plain average
    }
}
