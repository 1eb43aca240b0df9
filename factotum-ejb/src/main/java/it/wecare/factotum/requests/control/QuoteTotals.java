package it.wecare.factotum.requests.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The arithmetic of a quote (DESIGN.md, "Money and goods"): each line's net amount is quantity × unit
 * price rounded HALF_UP to cents; IVA is computed per rate on the sum of that rate's lines, rounded HALF_UP;
 * the total is net plus IVA. Amounts are euro in {@link BigDecimal}, never {@code double}.
 */
public final class QuoteTotals {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private QuoteTotals() {}

    /**
     * A line of a quote.
     *
     * @param quantity how many (hours, pieces…), more than zero
     * @param unitPrice the net price of one, zero or more
     * @param ivaRate the IVA rate in percent (22, 10, 5, 0)
     */
    public record Line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal ivaRate) implements Serializable {
        public Line {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(ivaRate, "ivaRate");
            if (quantity.signum() <= 0) {
                throw new IllegalArgumentException("quantity must be more than zero");
            }
            if (unitPrice.signum() < 0 || ivaRate.signum() < 0) {
                throw new IllegalArgumentException("prices and rates cannot be negative");
            }
        }

        /** quantity × unit price, rounded HALF_UP to cents. */
        public BigDecimal net() {
            return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /**
     * The totals of a quote.
     *
     * @param byRate IVA rate → (taxable, IVA), by rate
     * @param net the sum of the lines' net amounts
     * @param iva the sum of the IVA of every rate
     * @param total net plus IVA
     */
    public record Totals(Map<BigDecimal, RateTotal> byRate, BigDecimal net, BigDecimal iva, BigDecimal total)
            implements Serializable {}

    /** The taxable amount of one IVA rate and its IVA. */
    public record RateTotal(BigDecimal taxable, BigDecimal iva) implements Serializable {}

    /**
     * What the client pays once the goods credit is applied: it comes after IVA, as its own line, never as
     * a discount on the taxable amount (DESIGN.md, "Money and goods").
     *
     * @throws IllegalArgumentException for a credit below zero or above the total
     */
    public static BigDecimal due(BigDecimal total, BigDecimal goodsCredit) {
        if (goodsCredit.signum() < 0 || goodsCredit.compareTo(total) > 0) {
            throw new IllegalArgumentException("the goods credit is between zero and the total");
        }
        return total.subtract(goodsCredit).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Totals of(List<Line> lines) {
        Map<BigDecimal, BigDecimal> taxable = new TreeMap<>();
        for (Line line : lines) {
            taxable.merge(line.ivaRate().stripTrailingZeros(), line.net(), BigDecimal::add);
        }
        Map<BigDecimal, RateTotal> byRate = new TreeMap<>();
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        BigDecimal iva = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<BigDecimal, BigDecimal> rate : taxable.entrySet()) {
            BigDecimal rateIva = rate.getValue().multiply(rate.getKey()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            byRate.put(rate.getKey(), new RateTotal(rate.getValue(), rateIva));
            net = net.add(rate.getValue());
            iva = iva.add(rateIva);
        }
        return new Totals(byRate, net, iva, net.add(iva));
    }
}
