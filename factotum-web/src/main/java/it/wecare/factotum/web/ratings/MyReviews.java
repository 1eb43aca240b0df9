package it.wecare.factotum.web.ratings;

import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.ratings.boundary.ReviewView;
import it.wecare.factotum.ratings.boundary.Reviews;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/** The worker area's reviews: the worker's published reviews and one reply to each. */
@Named
@ViewScoped
public class MyReviews implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reviews reviews;

    @Inject
    LanguageSwitch language;

    private List<ReviewView> mine;
    private final Map<Long, String> replies = new HashMap<>();

    public List<ReviewView> getReviews() {
        if (mine == null) {
            mine = reviews.mine(language.getLanguage());
        }
        return mine;
    }

    public void reply(ReviewView review) {
        try {
            reviews.reply(review.id(), replies.get(review.id()));
            replies.remove(review.id());
            mine = null;
            Messages.create(Texts.get("reviews.replied")).add();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("reviews.field." + e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        }
    }

    public Map<Long, String> getReplies() {
        return replies;
    }
}
