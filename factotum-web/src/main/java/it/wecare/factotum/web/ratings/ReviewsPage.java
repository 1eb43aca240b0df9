package it.wecare.factotum.web.ratings;

import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.ratings.boundary.Moderation;
import it.wecare.factotum.ratings.boundary.ReviewView;
import it.wecare.factotum.ratings.boundary.Reviews;
import it.wecare.factotum.ratings.control.Policy;
import it.wecare.factotum.web.platform.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * The moderation of reviews: those held by the automatic checks first (publish, or hide for a policy
 * reason), then the latest ones (hide for a policy reason); the word list that holds reviews. Educators see
 * the private notes clients left for them.
 */
@Named
@ViewScoped
public class ReviewsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LATEST = 50;

    @Inject
    Reviews reviews;

    @Inject
    Moderation moderation;

    private List<ReviewView> shown;
    private List<String> words;
    private final Map<Long, Policy> reasons = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private String word;

    public List<ReviewView> getReviews() {
        if (shown == null) {
            shown = moderation.forModeration(LATEST);
        }
        return shown;
    }

    public List<String> getWords() {
        if (words == null) {
            words = moderation.wordList();
        }
        return words;
    }

    public void publish(ReviewView review) {
        try {
            moderation.publish(review.id(), review.version());
            Messages.create(Texts.get("reviews.published")).add();
        } catch (InvalidInput e) {
            Messages.create(Texts.reason(e)).error().add();
        } catch (ConflictingChange e) {
            Messages.create(Texts.get("conflict.stale")).warn().add();
        }
        shown = null;
    }

    public void hide(ReviewView review) {
        try {
            moderation.hide(review.id(), review.version(), reasons.get(review.id()), notes.get(review.id()));
            Messages.create(Texts.get("reviews.hiddenDone")).add();
            shown = null;
        } catch (InvalidInput e) {
            Messages.create(Texts.get("reviews.field." + e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange e) {
            Messages.create(Texts.get("conflict.stale")).warn().add();
            shown = null;
        }
    }

    public void addWord() {
        try {
            moderation.addWord(word);
            Messages.create(Texts.get("reviews.wordAdded")).add();
            word = null;
            words = null;
        } catch (InvalidInput e) {
            Messages.create(Texts.get("reviews.field.word") + ": " + Texts.reason(e))
                    .error()
                    .add();
        }
    }

    public void removeWord(String removed) {
        moderation.removeWord(removed);
        words = null;
    }

    public Policy[] getPolicies() {
        return Policy.values();
    }

    public Map<Long, Policy> getReasons() {
        return reasons;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getWord() {
        return word;
    }

    public void setWord(String word) {
        this.word = word;
    }
}
