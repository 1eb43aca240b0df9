package it.wecare.factotum.matching.control;

import java.io.Serializable;

/**
 * How much each part of the score counts (administrators change them in the settings), the workload cap,
 * and the prior of the Bayesian rating: a worker's average counts as if {@code ratingPriorCount} ratings
 * at the average of all workers came first, so one 5-star job does not beat forty 4.8s.
 */
public record Weights(
        double skill,
        double proximity,
        double rating,
        double fairness,
        double reliability,
        double training,
        int workloadCap,
        int ratingPriorCount)
        implements Serializable {

    /** The defaults the settings start from. */
    public static Weights defaults() {
        return new Weights(30, 25, 20, 15, 10, 10, 5, 5);
    }
}
