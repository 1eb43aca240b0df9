package it.wecare.factotum.web.requests;

import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.requests.boundary.QuoteView;
import it.wecare.factotum.requests.boundary.Quotes;
import it.wecare.factotum.requests.boundary.RequestView;
import it.wecare.factotum.requests.boundary.Tracking;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;

/**
 * The client's tracking page, opened from the emailed link: where the request stands, its timeline, and
 * cancelling with a reason while that is allowed. Opening it changes nothing; a forged, expired or revoked
 * link shows a clear page.
 */
@Named
@ViewScoped
public class TrackPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Quotes quotes;

    @Inject
    Tracking tracking;

    @Inject
    LanguageSwitch language;

    private String token;
    private RequestView request;
    private String refusal;
    private String reason;
    private boolean loaded;
    private QuoteView quote;
    private boolean quoteLoaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            request = token == null ? null : tracking.track(token);
            if (request == null) {
                refusal = "UNKNOWN";
            } else {
                language.adopt(request.language());
                if (!language.getLanguage().equals(request.language())) {
                    request = tracking.track(token, language.getLanguage()); // the client chose the other one
                }
            }
        } catch (LinkRefused e) {
            refusal = e.reason().name();
        }
    }

    public void cancel() {
        try {
            tracking.cancelByClient(token, request.version(), reason);
            request = tracking.track(token, language.getLanguage());
            reason = null;
            Messages.create(Texts.get("track.cancelled")).add();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("track.reason") + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange e) {
            request = tracking.track(token, language.getLanguage());
            Messages.create(Texts.get("conflict.stale")).error().add();
        } catch (LinkRefused e) {
            refusal = e.reason().name();
            request = null;
        }
    }

    /** The client accepts or declines the quote (a decline needs a reason). */
    public void answerQuote(boolean accept) {
        try {
            quotes.answerQuote(token, request.version(), accept, reason);
            request = tracking.track(token, language.getLanguage());
            quote = tracking.trackedQuote(token).orElse(null);
            reason = null;
            Messages.create(Texts.get(accept ? "quote.accepted" : "quote.declined"))
                    .add();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("quote.field." + e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange e) {
            request = tracking.track(token, language.getLanguage());
            Messages.create(Texts.get("conflict.stale")).error().add();
        } catch (LinkRefused e) {
            refusal = e.reason().name();
            request = null;
        }
    }

    public QuoteView getQuote() {
        if (quote == null && request != null && !quoteLoaded) {
            quoteLoaded = true;
            quote = tracking.trackedQuote(token).orElse(null);
        }
        return quote;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public RequestView getRequest() {
        return request;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
