package it.wecare.factotum.web.requests;

import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.requests.boundary.AssignmentView;
import it.wecare.factotum.requests.boundary.Requests;
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

/** The worker's jobs in the worker area: proposals to accept or decline (with a reason), accepted jobs. */
@Named
@ViewScoped
public class MyJobs implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Requests requests;

    @Inject
    LanguageSwitch language;

    private List<AssignmentView> jobs;
    private final Map<Long, String> reasons = new HashMap<>();

    public List<AssignmentView> getJobs() {
        if (jobs == null) {
            jobs = requests.myAssignments(language.getLanguage());
        }
        return jobs;
    }

    public void accept(long assignmentId) {
        answer(assignmentId, true);
    }

    public void decline(long assignmentId) {
        answer(assignmentId, false);
    }

    private void answer(long assignmentId, boolean accept) {
        try {
            requests.answer(assignmentId, accept, reasons.get(assignmentId), language.getLanguage());
            Messages.create(Texts.get(accept ? "myJobs.accepted" : "myJobs.declined"))
                    .add();
            reasons.remove(assignmentId);
        } catch (InvalidInput e) {
            Messages.create(Texts.get("myJobs.reason") + ": " + Texts.get(e.messageKey()))
                    .error()
                    .add();
        } catch (RecordNotFound e) {
            Messages.create(Texts.get("conflict.stale")).error().add();
        }
        jobs = null;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
