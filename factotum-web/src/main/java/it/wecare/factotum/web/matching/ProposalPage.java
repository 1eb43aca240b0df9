package it.wecare.factotum.web.matching;

import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.requests.boundary.AssignmentView;
import it.wecare.factotum.requests.boundary.Assignments;
import it.wecare.factotum.web.platform.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;

/**
 * The page a worker opens from a proposal email: the job, then "accept" or "decline with a reason". Opening
 * it changes nothing (mail scanners follow links); only the confirming click answers, and uses the link up.
 */
@Named
@ViewScoped
public class ProposalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assignments assignments;

    private String token;
    private AssignmentView job;
    private String refusal;
    private String reason;
    private String answered;
    private boolean loaded;

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
            job = assignments.proposal(token);
        } catch (LinkRefused e) {
            refusal = e.reason().name();
        }
    }

    public void accept() {
        answer(true);
    }

    public void decline() {
        answer(false);
    }

    private void answer(boolean accept) {
        try {
            job = assignments.answerByLink(token, accept, reason);
            answered = accept ? "ACCEPTED" : "DECLINED";
        } catch (InvalidInput e) {
            Messages.create(Texts.problem("proposal.field." + e.field(), e))
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

    public AssignmentView getJob() {
        return job;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getAnswered() {
        return answered;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
