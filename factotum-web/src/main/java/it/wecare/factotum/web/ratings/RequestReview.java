package it.wecare.factotum.web.ratings;

import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.ratings.boundary.ReviewDraft;
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
    private Integer stars;
    private Integer punctuality;
    private Integer quality;
    private Integer courtesy;
    private String comment;

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
        if (stars == null || stars < 1) {
            Messages.create(Texts.get("review.field.stars") + ": " + Texts.get("review.error.starsRequired"))
                    .error()
                    .add(KEY);
            return;
        }
        try {
            review = reviews.recordByPhone(
                    requestId,
                    new ReviewDraft(
                            stars, zeroless(punctuality), zeroless(quality), zeroless(courtesy), comment, null));
            Messages.create(Texts.get("review.recorded")).add(KEY);
        } catch (InvalidInput e) {
            Messages.create(Texts.get(e.messageKey())).error().add(KEY);
        } catch (jakarta.ejb.EJBException e) {
            Messages.create(Texts.get("review.invalid")).error().add(KEY);
        }
    }

    private static Integer zeroless(Integer score) {
        return score == null || score == 0 ? null : score;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public Integer getPunctuality() {
        return punctuality;
    }

    public void setPunctuality(Integer punctuality) {
        this.punctuality = punctuality;
    }

    public Integer getQuality() {
        return quality;
    }

    public void setQuality(Integer quality) {
        this.quality = quality;
    }

    public Integer getCourtesy() {
        return courtesy;
    }

    public void setCourtesy(Integer courtesy) {
        this.courtesy = courtesy;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
