package it.wecare.factotum.requests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTotalsTest {

    private static QuoteTotals.Line line(String quantity, String price, String rate) {
        return new QuoteTotals.Line(new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(rate));
    }

    @Test
    void threeTimesThirtyThreeThirtyThreeAtTwentyTwoPercent() {
        QuoteTotals.Totals totals = QuoteTotals.of(List.of(line("3", "33.33", "22")));
        assertThat(totals.net()).isEqualByComparingTo("99.99");
        // 99.99 × 22 % = 21.9978 → 22.00
        assertThat(totals.iva()).isEqualByComparingTo("22.00");
        assertThat(totals.total()).isEqualByComparingTo("121.99");
    }

    @Test
    void ivaIsComputedPerRateOnTheSumOfItsLinesNotLineByLine() {
        // two lines of 0.05 at 10 %: line by line 0.005 → 0.01 each = 0.02; on the sum 0.10 → 0.01
        QuoteTotals.Totals totals = QuoteTotals.of(List.of(line("1", "0.05", "10"), line("1", "0.05", "10.0")));
        assertThat(totals.byRate()).hasSize(1);
        assertThat(totals.iva()).isEqualByComparingTo("0.01");
        assertThat(totals.total()).isEqualByComparingTo("0.11");
    }

    @Test
    void eachLineIsRoundedHalfUpToCentsAndRatesAreKeptApart() {
        QuoteTotals.Totals totals = QuoteTotals.of(List.of(
                line("2.5", "18.333", "22"), // 45.8325 → 45.83
                line("1", "12.345", "10"), // 12.345 → 12.35
                line("4", "7.50", "0"))); // materials without IVA
        assertThat(totals.byRate().get(new BigDecimal("22")).taxable()).isEqualByComparingTo("45.83");
        assertThat(totals.byRate().get(new BigDecimal("22")).iva()).isEqualByComparingTo("10.08"); // 10.0826
        assertThat(totals.byRate().get(new BigDecimal("10")).iva()).isEqualByComparingTo("1.24"); // 1.235 → 1.24
        assertThat(totals.byRate().get(BigDecimal.ZERO).iva()).isEqualByComparingTo("0.00");
        assertThat(totals.net()).isEqualByComparingTo("88.18");
        assertThat(totals.iva()).isEqualByComparingTo("11.32");
        assertThat(totals.total()).isEqualByComparingTo("99.50");
    }

    @Test
    void nonsenseLinesAreRefused() {
        assertThatThrownBy(() -> line("0", "10", "22")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line("1", "-1", "22")).isInstanceOf(IllegalArgumentException.class);
        assertThat(QuoteTotals.of(List.of()).total()).isEqualByComparingTo("0.00");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "total {0} − credit {1} = {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "488.00, 0.00, 488.00",
        "488.00, 150.00, 338.00",
        "488.00, 244.00, 244.00",
        "121.99, 121.99, 0.00",
        "0.00, 0.00, 0.00"
    })
    void theGoodsCreditIsTakenFromTheTotalAfterIva(String total, String credit, String due) {
        assertThat(QuoteTotals.due(new BigDecimal(total), new BigDecimal(credit)))
                .isEqualByComparingTo(due);
    }

    @Test
    void aCreditBelowZeroOrAboveTheTotalIsRefused() {
        assertThatThrownBy(() -> QuoteTotals.due(new BigDecimal("10.00"), new BigDecimal("10.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuoteTotals.due(new BigDecimal("10.00"), new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ivaIsOnTheWholeTaxableAmountWhateverTheCredit() {
        // a sgombero of 400 + 22 %: the credit never lowers the taxable amount or the IVA
        QuoteTotals.Totals totals = QuoteTotals.of(List.of(line("4", "100", "22")));
        assertThat(totals.iva()).isEqualByComparingTo("88.00");
        assertThat(QuoteTotals.due(totals.total(), new BigDecimal("244.00"))).isEqualByComparingTo("244.00");
    }
}
