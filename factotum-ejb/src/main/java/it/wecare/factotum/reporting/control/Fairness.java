package it.wecare.factotum.reporting.control;

import java.util.Arrays;

/**
 * How evenly work is spread among the workers who did some: the Gini coefficient (0 when everyone did the
 * same, towards 1 when one did it all) and the share of the jobs done by the busiest tenth.
 */
public final class Fairness {

    private Fairness() {}

    /**
     * The Gini coefficient of non-negative amounts: G = 2·Σ(i·x₍ᵢ₎) / (n·Σx) − (n + 1) / n, with the amounts
     * sorted ascending and i from 1; 0 for fewer than two amounts or a zero total.
     */
    public static double gini(long[] amounts) {
        int n = amounts.length;
        long[] sorted = amounts.clone();
        Arrays.sort(sorted);
        if (n < 2 || sorted[0] < 0) {
            if (n > 0 && sorted[0] < 0) {
                throw new IllegalArgumentException("negative amount");
            }
            return 0;
        }
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            total += sorted[i];
            weighted += (i + 1) * (double) sorted[i];
        }
        return total == 0 ? 0 : 2 * weighted / (n * total) - (n + 1.0) / n;
    }

    /**
     * The share (0–1) of the total held by the top {@code fraction} of the amounts: the ⌈n·fraction⌉ largest
     * (at least one); 0 for no amounts or a zero total.
     */
    public static double topShare(long[] amounts, double fraction) {
        if (fraction <= 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction in (0, 1]");
        }
        int n = amounts.length;
        long total = Arrays.stream(amounts).sum();
        if (n == 0 || total == 0) {
            return 0;
        }
        long[] sorted = amounts.clone();
        Arrays.sort(sorted);
        int top = Math.max(1, (int) Math.ceil(n * fraction - 1e-9));
        long held = 0;
        for (int i = n - top; i < n; i++) {
            held += sorted[i];
        }
        return (double) held / total;
    }
}
