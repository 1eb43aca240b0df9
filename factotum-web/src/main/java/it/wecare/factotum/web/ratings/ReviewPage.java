package it.wecare.factotum.web.ratings;

import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.ratings.boundary.ReviewInvitation;
import it.wecare.factotum.ratings.boundary.Reviews;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;

/**
 * The page a client opens from the review invitation: the job, then stars (required), sub-scores, a comment
 * and — when a trainee did the job — a private note for the educator. Opening it changes nothing; sending
 * uses the link up. A forged, expired or used link shows a clear page.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reviews reviews;

    @Inject
    LanguageSwitch language;

    private String token;
    private ReviewInvitation job;
    private String refusal;
    private boolean sent;
    private boolean held;
    private boolean loaded;
    private final ReviewEntry entry = new ReviewEntry();
    private String educatorNote;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (token == null || token.isBlank()) {
            refusal = "UNKNOWN";
            return;
        }
        try {
            job = reviews.invitation(token);
            language.adopt(job.language());
        } catch (LinkRefused e) {
            refusal = e.reason().name();
        }
    }

    public void send() {
        if (!entry.hasStars()) {
            Messages.create(Texts.get("review.field.stars") + ": " + Texts.get("review.error.starsRequired"))
                    .error()
                    .add();
            return;
        }
        try {
            var review = reviews.submit(token, entry.draft(educatorNote));
            sent = true;
            held = !review.published();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("review.field." + e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (LinkRefused e) {
            refusal = e.reason().name();
            job = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ReviewInvitation getJob() {
        return job;
    }

    public String getRefusal() {
        return refusal;
    }

    public boolean isSent() {
        return sent;
    }

    public boolean isHeld() {
        return held;
    }

    public String getEducatorNote() {
        return educatorNote;
    }

    public void setEducatorNote(String educatorNote) {
        this.educatorNote = educatorNote;
    }

    public ReviewEntry getEntry() {
        return entry;
    }
}
