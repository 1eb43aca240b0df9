package it.wecare.factotum.barter.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuationTest {

    private static final Valuation.PriceRule WARDROBE =
            new Valuation.PriceRule("mobili", new BigDecimal("300"), 20, BigDecimal.ONE);
    private static final Valuation.PriceRule WINTER_CLOTHES =
            new Valuation.PriceRule("abbigliamento", new BigDecimal("15"), 5, new BigDecimal("1.5"));

    @ParameterizedTest(name = "{0} {1}, {2} years, ×{3} -> {4} €")
    @CsvSource({
        // a wardrobe: 300 € new, 20 years of life, normal need
        "mobili,        NEW,          0,  1, 300",
        "mobili,        GOOD,         0,  1, 180",
        "mobili,        GOOD,         10, 1, 108", // 300 × 0.6 × (1 - 0.8 × 10/20) = 108
        "mobili,        EXCELLENT,    25, 1, 48", // past its life: the floor, 300 × 0.8 × 0.2
        "mobili,        NEEDS_REPAIR, 5,  1, 36", // 300 × 0.15 × 0.8 = 36
        // a bag of winter clothes: 15 € new, 5 years, wanted now (×1.5)
        "abbigliamento, GOOD,         1,  2, 22", // 15 × 0.6 × 0.84 × 1.5 × 2 = 22.68 -> 22
        "abbigliamento, FAIR,         3,  1, 4", // 15 × 0.4 × 0.52 × 1.5 = 4.68 -> 4
    })
    void theSuggestionFollowsPriceConditionAgeNeedAndQuantity(
            String category, Condition condition, int age, int quantity, int euro) {
        Valuation.PriceRule rule = category.equals("mobili") ? WARDROBE : WINTER_CLOTHES;
        Valuation.Suggestion s = Valuation.suggest(new Valuation.Item(condition, age, quantity), rule);
        assertThat(s.value()).isEqualByComparingTo(BigDecimal.valueOf(euro));
        assertThat(s.steps())
                .extracting(Valuation.Step::key)
                .containsExactly(
                        "barter.step.newPrice",
                        "barter.step.condition." + condition.name(),
                        "barter.step.age",
                        "barter.step.need",
                        "barter.step.quantity");
    }

    @ParameterizedTest(name = "goods not needed now ({0}) are worth nothing")
    @CsvSource({"0", "0.0"})
    void aCategoryNotNeededNowIsWorthNothing(BigDecimal need) {
        Valuation.PriceRule rule = new Valuation.PriceRule("libri", new BigDecimal("10"), 10, need);
        assertThat(Valuation.suggest(new Valuation.Item(Condition.NEW, 0, 3), rule)
                        .value())
                .isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "balance {0}, job {1}, share {2} -> {3}")
    @CsvSource({
        "100.00, 300.00, 0.50, 100.00", // all the balance fits under half the job
        "200.00, 300.00, 0.50, 150.00", // capped at half the job
        "500.00, 100.00, 1.00, 100.00", // never more than the job
        "0.00,   300.00, 0.50, 0.00",
        "33.33,  66.67,  0.50, 33.33", // 66.67 × 0.5 = 33.335, rounded down to 33.33
    })
    void theCreditForAJobIsCappedByTheShareAndTheTotal(
            BigDecimal balance, BigDecimal job, BigDecimal share, BigDecimal expected) {
        assertThat(Valuation.applicable(balance, job, share)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "refused: {0}")
    @CsvSource({"-1, 1", "0, 0"})
    void impossibleItemsAreRefused(int age, int quantity) {
        assertThatThrownBy(() -> new Valuation.Item(Condition.GOOD, age, quantity))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
