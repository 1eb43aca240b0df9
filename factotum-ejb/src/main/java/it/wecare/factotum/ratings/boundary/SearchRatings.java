package it.wecare.factotum.ratings.boundary;

import it.wecare.factotum.search.boundary.WorkerRatings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The workers' Bayesian averages as search ranks by them. */
@ApplicationScoped
public class SearchRatings implements WorkerRatings {

    @Inject
    Reviews reviews;

    @Override
    public Map<Long, Double> all() {
        Map<Long, Double> all = new HashMap<>();
        reviews.allSummaries().forEach((worker, summary) -> all.put(worker, summary.bayesian()));
        return all;
    }

    @Override
    public double of(long workerId) {
        var summary = reviews.summaries(List.of(workerId)).get(workerId);
        return summary == null ? prior() : summary.bayesian();
    }

    @Override
    public double prior() {
        return reviews.meanRating();
    }
}
