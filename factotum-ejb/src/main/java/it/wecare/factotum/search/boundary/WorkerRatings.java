package it.wecare.factotum.search.boundary;

import java.util.Map;

/**
 * The workers' ratings as search ranks by them: the Bayesian average of each worker's published reviews
 * (the ratings capability implements this; a change of a worker's reviews is told as a worker change).
 */
public interface WorkerRatings {

    /** The Bayesian average of every worker with reviews (others have {@link #prior()}). */
    Map<Long, Double> all();

    /** The Bayesian average of one worker ({@link #prior()} without reviews). */
    double of(long workerId);

    /** The rating of a worker without reviews: the average of all reviews. */
    double prior();
}
