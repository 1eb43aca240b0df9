package it.wecare.factotum.ratings.control;

import java.util.Arrays;

/**
 * The figures of a set of reviews: how many, their plain average, how many of each star, and the Bayesian
 * average — as if {@code priorCount} reviews at the average of all reviews came first — so that a single
 * review does not outrank a long record.
 */
public final class Stars {

    private Stars() {}

    /** The Bayesian average of {@code count} reviews averaging {@code average}, with the prior given. */
    public static double bayesian(long count, double average, int priorCount, double priorMean) {
        if (count + priorCount == 0) {
            return priorMean;
        }
        return (priorCount * priorMean + count * average) / (priorCount + count);
    }

    /**
     * The figures of one worker.
     *
     * @param distribution how many reviews of 1, 2, 3, 4 and 5 stars (index 0 is 1 star)
     */
    public record Summary(long count, double average, long[] distribution, double bayesian) {

        public Summary {
            distribution = distribution.clone();
        }

        /** Figures from the count of each star (index 0 is 1 star). */
        public static Summary of(long[] distribution, int priorCount, double priorMean) {
            if (distribution.length != 5) {
                throw new IllegalArgumentException("five counts, one per star");
            }
            long count = Arrays.stream(distribution).sum();
            long sum = 0;
            for (int i = 0; i < 5; i++) {
                sum += (i + 1) * distribution[i];
            }
            double average = count == 0 ? 0 : (double) sum / count;
            return new Summary(count, average, distribution, Stars.bayesian(count, average, priorCount, priorMean));
        }

        /** How many reviews gave {@code stars} (1-5). */
        public long of(int stars) {
            return distribution[stars - 1];
        }

        /** The share (0-100) of reviews that gave {@code stars}, for the bars of the distribution. */
        public int percent(int stars) {
            return count == 0 ? 0 : (int) Math.round(100.0 * distribution[stars - 1] / count);
        }
    }
}
