package it.wecare.factotum.ratings.control;

import it.wecare.factotum.api.requests.RequestState;
import java.util.Optional;

/** Whether a job can be reviewed now: it is completed, a worker did it, and it has no review yet. */
public final class Eligibility {

    private Eligibility() {}

    /** Empty when the job can be reviewed; otherwise the message key of the reason it cannot. */
    public static Optional<String> refusal(RequestState state, boolean workerDidIt, boolean reviewed) {
        if (reviewed) {
            return Optional.of("review.error.exists");
        }
        if (state != RequestState.COMPLETED || !workerDidIt) {
            return Optional.of("review.error.notCompleted");
        }
        return Optional.empty();
    }
}
