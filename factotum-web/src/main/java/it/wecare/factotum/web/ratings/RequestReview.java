package it.wecare.factotum.web.ratings;

import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.ratings.boundary.ReviewView;
import it.wecare.factotum.ratings.boundary.Reviews;
import it.wecare.factotum.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The review part of the back-office request page: the job's review, or — for a completed job without
 * one — the form to record a review the client gave by phone.
 */
@Named
@ViewScoped
public class RequestReview implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String KEY = "review";

    @Inject
    Reviews reviews;

    private Long requestId;
    private ReviewView review;
    private boolean loaded;
    private final ReviewEntry entry = new ReviewEntry();

    @PostConstruct
    void init() {
        try {
            requestId = Long.valueOf(Faces.getRequestParameter("id"));
        } catch (NumberFormatException e) {
            requestId = null;
        }
    }

    public ReviewView getReview() {
        if (!loaded && requestId != null) {
            loaded = true;
            review = reviews.ofRequest(requestId).orElse(null);
        }
        return review;
    }

    public void record() {
        if (!entry.hasStars()) {
            Messages.create(Texts.get("review.field.stars") + ": " + Texts.get("review.error.starsRequired"))
                    .error()
                    .add(KEY);
            return;
        }
        try {
            review = reviews.recordByPhone(requestId, entry.draft(null));
            Messages.create(Texts.get("review.recorded")).add(KEY);
        } catch (InvalidInput e) {
            Messages.create(Texts.reason(e)).error().add(KEY);
        }
    }

    public ReviewEntry getEntry() {
        return entry;
    }
}
