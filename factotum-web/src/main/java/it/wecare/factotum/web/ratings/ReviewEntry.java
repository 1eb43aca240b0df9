package it.wecare.factotum.web.ratings;

import it.wecare.factotum.ratings.boundary.ReviewDraft;
import java.io.Serializable;

/**
 * A review as it is typed, by the client on the review page or by an operator for a client who phoned:
 * the stars (required), the sub-scores (a rating left at zero is none), the comment.
 */
public class ReviewEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer stars;
    private Integer punctuality;
    private Integer quality;
    private Integer courtesy;
    private String comment;

    /** Whether the stars were given (1-5). */
    public boolean hasStars() {
        return stars != null && stars >= 1 && stars <= 5;
    }

    /** The review to send, with the note for the educator (null for none). */
    public ReviewDraft draft(String educatorNote) {
        return new ReviewDraft(
                stars, zeroless(punctuality), zeroless(quality), zeroless(courtesy), comment, educatorNote);
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
