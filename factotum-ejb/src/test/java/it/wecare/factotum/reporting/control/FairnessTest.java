package it.wecare.factotum.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FairnessTest {

    @Test
    void equalWorkHasAGiniOfZero() {
        assertThat(Fairness.gini(new long[] {3, 3, 3, 3})).isEqualTo(0.0, within(1e-12));
    }

    @Test
    void allWorkToOneOfFourHasAGiniOfThreeQuarters() {
        // G = 2·(4·8) / (4·8) − 5/4 = 2 − 1.25 = 0.75, the most a group of four can reach
        assertThat(Fairness.gini(new long[] {0, 8, 0, 0})).isEqualTo(0.75, within(1e-12));
    }

    @Test
    void giniOfOneTwoThreeFourByHand() {
        // sorted 1,2,3,4: Σ i·x = 1+4+9+16 = 30; 2·30/(4·10) − 5/4 = 1.5 − 1.25 = 0.25
        assertThat(Fairness.gini(new long[] {4, 1, 3, 2})).isEqualTo(0.25, within(1e-12));
    }

    @Test
    void noWorkOrOneWorkerIsNotUnequal() {
        assertThat(Fairness.gini(new long[] {})).isZero();
        assertThat(Fairness.gini(new long[] {7})).isZero();
        assertThat(Fairness.gini(new long[] {0, 0})).isZero();
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThatThrownBy(() -> Fairness.gini(new long[] {1, -1})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBusiestTenthOfTwentyIsTwoWorkers() {
        long[] jobs = new long[20];
        java.util.Arrays.fill(jobs, 1);
        jobs[5] = 10;
        jobs[9] = 10;
        // total 18·1 + 20 = 38; the two busiest hold 20
        assertThat(Fairness.topShare(jobs, 0.1)).isEqualTo(20.0 / 38, within(1e-12));
    }

    @Test
    void theBusiestTenthIsAtLeastOneWorker() {
        assertThat(Fairness.topShare(new long[] {1, 3}, 0.1)).isEqualTo(0.75, within(1e-12));
        assertThat(Fairness.topShare(new long[] {}, 0.1)).isZero();
    }

    @Test
    void smallCellsHideOneToFourPeopleButNotZero() {
        assertThat(SmallCells.hidden(0)).isFalse();
        assertThat(SmallCells.hidden(1)).isTrue();
        assertThat(SmallCells.hidden(4)).isTrue();
        assertThat(SmallCells.hidden(5)).isFalse();
    }
}
