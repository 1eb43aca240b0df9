package it.wecare.factotum.barter.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the goods in exchange did for reuse between two days (by the day they were collected), and what is
 * waiting for an operator now.
 *
 * @param kgReused measured weight of items reused (solidarity shop) or donated
 * @param valueReused the credit given for those items, in euro
 * @param kgRecycled measured weight of items recycled
 * @param kgDisposed measured weight of items disposed of
 * @param offersToValue offers waiting for a valuation now
 */
public record GoodsImpact(
        LocalDate from,
        LocalDate to,
        BigDecimal kgReused,
        BigDecimal valueReused,
        BigDecimal kgRecycled,
        BigDecimal kgDisposed,
        long offersToValue)
        implements Serializable {}
