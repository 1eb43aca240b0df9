package it.wecare.factotum.web.requests;

import it.wecare.factotum.api.matching.Suggestions;
import it.wecare.factotum.api.requests.QuoteState;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.matching.boundary.Matching;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.requests.boundary.AssignmentView;
import it.wecare.factotum.requests.boundary.Assignments;
import it.wecare.factotum.requests.boundary.CalendarEntry;
import it.wecare.factotum.requests.boundary.Jobs;
import it.wecare.factotum.requests.boundary.QuoteDraft;
import it.wecare.factotum.requests.boundary.QuoteView;
import it.wecare.factotum.requests.boundary.Quotes;
import it.wecare.factotum.requests.boundary.RequestDesk;
import it.wecare.factotum.requests.boundary.RequestView;
import it.wecare.factotum.requests.control.JobSlot;
import it.wecare.factotum.web.platform.Formats;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import it.wecare.factotum.web.workers.WorkerChoices;
import it.wecare.factotum.workers.boundary.WorkerContact;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Messages;

/**
 * One request in the back-office: the client's data, the description, the timeline with internal notes,
 * and exactly the actions its state allows. Two operators acting at once: the second is told to reload.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assignments assigning;

    @Inject
    Quotes quotes;

    @Inject
    RequestDesk desk;

    @Inject
    LanguageSwitch language;

    @Inject
    Matching matching;

    @Inject
    Jobs jobs;

    @Inject
    Workers workers;

    @Inject
    WorkerDirectory directory;

    private LocalDate scheduledDate;
    private String scheduledStart;
    private Integer scheduledMinutes = 120;
    private BigDecimal workedHours;
    private String completionNote;
    private List<CalendarEntry> commitments;

    private Long id;
    private RequestView request;
    private String reason;
    private String note;
    private boolean loaded;
    private Long workerId;
    private String withdrawReason;
    private QuoteView quote;
    private List<LineRow> lines;
    private LocalDate validUntil;
    private Suggestions suggestions;
    private String outsideWorker;
    private String outsideReason;
    private List<AssignmentView> assignments;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            request = id == null ? null : desk.view(id, language.getLanguage());
        } catch (RecordNotFound e) {
            request = null;
        }
        if (request == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such request");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void act(String action) {
        try {
            request = desk.act(id, RequestAction.valueOf(action), request.version(), reason, language.getLanguage());
            reason = null;
            Messages.create(Texts.get("requestPage.done." + action)).add();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("requestPage.field." + e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange e) {
            Messages.create(Texts.get("conflict.stale")).error().add();
        }
    }

    public void addNote() {
        try {
            request = desk.note(id, note, language.getLanguage());
            note = null;
            Messages.create(Texts.get("requestPage.noted")).add();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("requestPage.field.note") + ": " + Texts.reason(e))
                    .error()
                    .add();
        }
    }

    /** Proposes the job to one of matching's suggestions (the worker answers in the worker area or by email). */
    public void propose(long workerId) {
        propose(workerId, null);
    }

    /** Proposes the job to a suggested team (its lead goes with the members named). */
    public void proposeTeam(long teamId) {
        if (proposed(() -> matching.proposeTeam(id, teamId, request.version()))) {
            suggestions = null;
        }
    }

    /** Proposes the job to a worker chosen outside the suggestions, with the reason. */
    public void proposeOutside() {
        Long chosen = WorkerChoices.idOf(outsideWorker);
        if (chosen == null) {
            Messages.create(Texts.get("requestPage.field.outsideWorker") + ": " + Texts.get("validation.required"))
                    .error()
                    .add();
            return;
        }
        propose(chosen, outsideReason);
    }

    private void propose(long workerId, String why) {
        if (proposed(() -> matching.propose(id, workerId, request.version(), why))) {
            suggestions = null;
            outsideWorker = null;
            outsideReason = null;
        }
    }

    /** Matching's ranked, explained suggestions (computed once per view). */
    public Suggestions getSuggestions() {
        if (suggestions == null) {
            suggestions = matching.suggest(id);
        }
        return suggestions;
    }

    /** One reason of a suggestion in plain words. */
    public String reason(Suggestions.Reason reason) {
        Object[] values = reason.values().stream()
                .map(v -> {
                    if (v.matches("\\d{1,9}")) {
                        return (Object) Integer.valueOf(v); // a count: the message picks "1 lavoro" or "2 lavori"
                    }
                    String level = Texts.get("skillLevel." + v);
                    return level.equals("skillLevel." + v) ? v : level;
                })
                .toArray();
        return Texts.get(reason.key(), values);
    }

    public String getOutsideWorker() {
        return outsideWorker;
    }

    public void setOutsideWorker(String outsideWorker) {
        this.outsideWorker = outsideWorker;
    }

    public String getOutsideReason() {
        return outsideReason;
    }

    public void setOutsideReason(String outsideReason) {
        this.outsideReason = outsideReason;
    }

    /** A line of the quote being written. */
    public static class LineRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private BigDecimal quantity = BigDecimal.ONE;
        private BigDecimal unitPrice;
        private BigDecimal ivaRate = new BigDecimal("22");

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public BigDecimal getUnitPrice() {
            return unitPrice;
        }

        public void setUnitPrice(BigDecimal unitPrice) {
            this.unitPrice = unitPrice;
        }

        public BigDecimal getIvaRate() {
            return ivaRate;
        }

        public void setIvaRate(BigDecimal ivaRate) {
            this.ivaRate = ivaRate;
        }
    }

    private void loadQuote() {
        quote = quotes.quote(id).orElse(null);
        lines = new ArrayList<>();
        if (quote != null && quote.state() == QuoteState.DRAFT) {
            for (var l : quote.lines()) {
                LineRow row = new LineRow();
                row.setDescription(l.description());
                row.setQuantity(l.quantity());
                row.setUnitPrice(l.unitPrice());
                row.setIvaRate(l.ivaRate());
                lines.add(row);
            }
            validUntil = quote.validUntil();
        } else {
            lines.add(new LineRow());
            validUntil = quotes.defaultValidity();
        }
    }

    public void addLine() {
        lines.add(new LineRow());
    }

    public void removeLine(LineRow row) {
        lines.remove(row);
        if (lines.isEmpty()) {
            lines.add(new LineRow());
        }
    }

    /** Saves the draft quote (the totals are computed by the boundary). */
    public void saveQuote() {
        try {
            quote = quotes.writeQuote(
                    id,
                    new QuoteDraft(
                            lines.stream()
                                    .map(l -> new QuoteDraft.Line(
                                            l.getDescription(), l.getQuantity(), l.getUnitPrice(), l.getIvaRate()))
                                    .toList(),
                            validUntil));
            Messages.create(Texts.get("quote.saved")).add();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("quote.field." + e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        }
    }

    /** Sends the saved draft to the client. */
    public void sendQuote() {
        try {
            request = quotes.sendQuote(id, request.version(), language.getLanguage());
            loadQuote();
            Messages.create(Texts.get("quote.sent")).add();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("quote.field." + e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange e) {
            Messages.create(Texts.reason(e)).error().add();
        }
    }

    public QuoteView getQuote() {
        if (lines == null) {
            loadQuote();
        }
        return quote;
    }

    public List<LineRow> getLines() {
        if (lines == null) {
            loadQuote();
        }
        return lines;
    }

    public List<BigDecimal> getIvaRates() {
        return quotes.ivaRates();
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    /** Takes the job back from the worker who holds it (the reason field above says why). */
    public void withdraw() {
        try {
            request = assigning.withdraw(id, request.version(), withdrawReason, language.getLanguage());
            withdrawReason = null;
            assignments = null;
            suggestions = null;
            Messages.create(Texts.get("requestPage.withdrawn")).add();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("requestPage.field." + e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange e) {
            Messages.create(Texts.reason(e)).error().add();
        }
    }

    public List<AssignmentView> getAssignments() {
        if (assignments == null) {
            assignments = assigning.assignments(id, language.getLanguage());
        }
        return assignments;
    }

    /** Whether a worker holds the request now (proposed or accepted). */
    public boolean isHeld() {
        return getAssignments().stream().anyMatch(a -> a.state().isOpen());
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    /**
     * Records the answer a worker gave by phone; a decline takes its reason from the reason field below the
     * list.
     */
    public void answerFor(long assignmentId, boolean accept) {
        perform(
                () -> assigning.answerFor(assignmentId, accept, withdrawReason, language.getLanguage()),
                "requestPage.answerRecorded");
        withdrawReason = null;
    }

    /** Fixes (or moves) the job's date inside the client's window, when the worker is free. */
    public void schedule() {
        perform(
                () -> jobs.schedule(
                        id,
                        request.version(),
                        scheduledDate,
                        scheduledStart == null || scheduledStart.isBlank() ? null : LocalTime.parse(scheduledStart),
                        scheduledMinutes),
                "schedule.done");
    }

    /** Marks the job done with the hours worked (for a worker who phoned, or without a login). */
    public void complete() {
        perform(() -> jobs.complete(id, request.version(), workedHours, completionNote), "complete.done");
    }

    /**
     * Runs an action of the page on the request: then reads the request again and says it is done, or names
     * the refused field, or tells the operator to reload after someone else's change.
     */
    /**
     * Makes a proposal and says how the worker will hear of it: by email (they answer from the link or
     * their area), or — for a worker with neither email nor login — by the operator's phone call, whose
     * answer the operator records here.
     */
    private boolean proposed(Supplier<AssignmentView> action) {
        List<AssignmentView> made = new ArrayList<>();
        if (!perform(() -> made.add(action.get()), null)) {
            return false;
        }
        AssignmentView proposal = made.get(0);
        WorkerContact contact = directory.contacts(List.of(proposal.workerId())).get(proposal.workerId());
        if (contact != null && contact.email() != null) {
            Messages.create(Texts.get("requestPage.proposed")).add();
        } else {
            String phone = workers.form(proposal.workerId()).phone();
            Messages.create(Texts.get(
                            "requestPage.proposedByPhone",
                            proposal.workerName(),
                            phone == null || phone.isBlank() ? Texts.get("requestPage.noPhone") : phone))
                    .warn()
                    .add();
        }
        return true;
    }

    private boolean perform(Runnable action, String doneKey) {
        try {
            action.run();
            request = desk.view(id, language.getLanguage());
            assignments = null;
            commitments = null;
            if (doneKey != null) {
                Messages.create(Texts.get(doneKey)).add();
            }
            return true;
        } catch (InvalidInput e) {
            Messages.create(Texts.problem("requestPage.field." + e.field(), e))
                    .error()
                    .add();
        } catch (ConflictingChange e) {
            Messages.create(Texts.reason(e)).error().add();
        }
        return false;
    }

    /** The held worker's other jobs and days away in the client's window. */
    public List<CalendarEntry> getCommitments() {
        if (commitments == null) {
            commitments = jobs.commitmentsFor(id, language.getLanguage());
        }
        return commitments;
    }

    /** Start times every half hour of the working day. */
    public List<String> getStartTimes() {
        List<String> times = new ArrayList<>();
        for (LocalTime t = JobSlot.DAY_START; t.isBefore(JobSlot.DAY_END); t = t.plusMinutes(30)) {
            times.add(t.toString());
        }
        return times;
    }

    public List<Integer> getDurations() {
        return List.of(30, 60, 90, 120, 180, 240, 300, 360, 480, 600);
    }

    /** The first day the date picker offers: the client's first day, or today if later. */
    public LocalDate getFirstDay() {
        LocalDate today = LocalDate.now(Formats.ROME);
        return request.earliestDate().isBefore(today) ? today : request.earliestDate();
    }

    public LocalDate getScheduledDate() {
        return scheduledDate;
    }

    public void setScheduledDate(LocalDate scheduledDate) {
        this.scheduledDate = scheduledDate;
    }

    public String getScheduledStart() {
        return scheduledStart;
    }

    public void setScheduledStart(String scheduledStart) {
        this.scheduledStart = scheduledStart;
    }

    public Integer getScheduledMinutes() {
        return scheduledMinutes;
    }

    public void setScheduledMinutes(Integer scheduledMinutes) {
        this.scheduledMinutes = scheduledMinutes;
    }

    public BigDecimal getWorkedHours() {
        return workedHours;
    }

    public void setWorkedHours(BigDecimal workedHours) {
        this.workedHours = workedHours;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public void setCompletionNote(String completionNote) {
        this.completionNote = completionNote;
    }

    /** Reads the request again (after a conflict). */
    public void reload() {
        request = desk.view(id, language.getLanguage());
        assignments = null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestView getRequest() {
        return request;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
