package it.wecare.factotum.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void anAggregateOverNoRowsIsZeroForCountsAndSumsAndNothingForAverages() {
        assertEquals(0, Figures.count(null));
        assertNull(Figures.average(null));
        assertEquals(new BigDecimal("0.00"), Figures.amount(null, 2));
    }

    @Test
    void whatTheDatabaseReturnsBecomesTheFiguresNumbers() {
        assertEquals(7, Figures.count(7L));
        assertEquals(7, Figures.count(new BigDecimal("7")));
        assertEquals(2.5, Figures.average(new BigDecimal("2.5")));
        // sums are rounded half up to the scale asked for
        assertEquals(new BigDecimal("10.13"), Figures.amount(new BigDecimal("10.125"), 2));
        assertEquals(new BigDecimal("3.3"), Figures.amount(3.25, 1));
    }
}
