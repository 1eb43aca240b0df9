package it.wecare.factotum.ratings.boundary;

import it.wecare.factotum.ratings.control.Stars;
import java.io.Serializable;
import java.util.List;

/** The published reviews of a worker, newest first, and their figures. */
public record WorkerReviews(Stars.Summary summary, List<ReviewView> reviews) implements Serializable {

    public WorkerReviews {
        reviews = List.copyOf(reviews);
    }
}
