package it.wecare.factotum.web.requests;

import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.requests.boundary.AssignmentView;
import it.wecare.factotum.requests.boundary.Assignments;
import it.wecare.factotum.requests.boundary.Jobs;
import it.wecare.factotum.web.platform.Formats;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.primefaces.model.ScheduleModel;

/**
 * The worker's jobs in the worker area: proposals to accept or decline (with a reason), accepted jobs with
 * their date, marking a job done with the hours worked, withdrawing from a job, the calendar and the
 * history of every job.
 */
@Named
@ViewScoped
public class MyJobs implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assignments assignments;

    @Inject
    Jobs jobsBoundary;

    @Inject
    LanguageSwitch language;

    @Inject
    Settings settings;

    /** When a proposal lapses if the worker does not answer. */
    public Instant answerBy(AssignmentView job) {
        return job.answerBy() != null
                ? job.answerBy()
                : job.proposedAt().plus(Duration.ofHours(settings.intValue(Setting.MATCHING_ANSWER_HOURS)));
    }

    private List<AssignmentView> jobs;
    private List<AssignmentView> history;
    private ScheduleModel calendar;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, BigDecimal> hours = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    public List<AssignmentView> getJobs() {
        if (jobs == null) {
            jobs = assignments.myAssignments(language.getLanguage());
        }
        return jobs;
    }

    public List<AssignmentView> getHistory() {
        if (history == null) {
            history = assignments.myHistory(language.getLanguage());
        }
        return history;
    }

    public ScheduleModel getCalendar() {
        if (calendar == null) {
            String lang = language.getLanguage();
            calendar = CalendarModels.lazy(
                    (from, to) -> jobsBoundary.myCalendar(from, to, lang), e -> null, Texts.get("calendar.away"));
        }
        return calendar;
    }

    /** Whether the job can be marked done today. */
    public boolean completable(AssignmentView job) {
        return job.completable(LocalDate.now(Formats.ROME));
    }

    public void accept(long assignmentId) {
        answer(assignmentId, true);
    }

    public void decline(long assignmentId) {
        answer(assignmentId, false);
    }

    private void answer(long assignmentId, boolean accept) {
        try {
            assignments.answer(assignmentId, accept, reasons.get(assignmentId), language.getLanguage());
            Messages.create(Texts.get(accept ? "myJobs.accepted" : "myJobs.declined"))
                    .add();
            reasons.remove(assignmentId);
        } catch (InvalidInput e) {
            Messages.create(Texts.problem("myJobs.reason", e)).error().add();
        } catch (RecordNotFound e) {
            Messages.create(Texts.get("conflict.stale")).error().add();
        }
        refresh();
    }

    /** Marks the job done with the hours worked and the note. */
    public void complete(long assignmentId) {
        try {
            jobsBoundary.completeMine(assignmentId, hours.get(assignmentId), notes.get(assignmentId));
            Messages.create(Texts.get("complete.done")).add();
            hours.remove(assignmentId);
            notes.remove(assignmentId);
        } catch (InvalidInput e) {
            Messages.create(Texts.problem("requestPage.field." + e.field(), e))
                    .error()
                    .add();
        } catch (RecordNotFound e) {
            Messages.create(Texts.get("conflict.stale")).error().add();
        }
        refresh();
    }

    /** Gives an accepted job back to the operators, with the reason. */
    public void withdraw(long assignmentId) {
        try {
            jobsBoundary.withdrawMine(assignmentId, reasons.get(assignmentId));
            Messages.create(Texts.get("myJobs.withdrawn")).add();
            reasons.remove(assignmentId);
        } catch (InvalidInput e) {
            Messages.create(Texts.problem("myJobs.reason", e)).error().add();
        } catch (RecordNotFound e) {
            Messages.create(Texts.get("conflict.stale")).error().add();
        }
        refresh();
    }

    private void refresh() {
        jobs = null;
        history = null;
        calendar = null;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, BigDecimal> getHours() {
        return hours;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
