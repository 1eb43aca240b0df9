package it.wecare.factotum.web.training;

import it.wecare.factotum.api.partners.Organisation;
import it.wecare.factotum.api.training.TraineeGroup;
import it.wecare.factotum.api.training.TraineeshipAction;
import it.wecare.factotum.api.training.TraineeshipKind;
import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.api.training.TrainingActivity;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.partners.boundary.Organisations;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.training.boundary.HoursEntry;
import it.wecare.factotum.training.boundary.HoursRegister;
import it.wecare.factotum.training.boundary.SensitiveData;
import it.wecare.factotum.training.boundary.SensitiveView;
import it.wecare.factotum.training.boundary.TraineeshipDraft;
import it.wecare.factotum.training.boundary.TraineeshipView;
import it.wecare.factotum.training.boundary.Traineeships;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * A traineeship's dossier: the project (written while a draft), its objectives, the lifecycle's actions,
 * the hours register month by month, the timeline, and the special-category section behind a deliberate,
 * audited "show". Without an id, the form of a new project.
 */
@Named
@ViewScoped
public class TraineeshipPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Traineeships traineeships;

    @Inject
    HoursRegister register;

    @Inject
    SensitiveData sensitive;

    @Inject
    Workers workers;

    @Inject
    WorkerDirectory directory;

    @Inject
    Catalog catalog;

    @Inject
    Organisations organisations;

    @Inject
    LanguageSwitch language;

    private Long id;
    private boolean loaded;
    private TraineeshipView traineeship;
    private Form form;
    private String reason;
    private LocalDate newEnd;
    private Hours hours = new Hours();
    private SensitiveView section;
    private Sensitive sensitiveForm;
    private final Map<Long, String> names = new HashMap<>();

    /** The project as the form edits it. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        public Long workerId;
        public String workerName;
        public Long educatorId;
        public Long tutorId;
        public String promoterCode;
        public TraineeshipKind kind;
        public TraineeGroup group;
        public String hostName;
        public Integer hostStaff;
        public String hostSite;
        public LocalDate startsOn;
        public LocalDate endsOn;
        public BigDecimal weeklyHours;
        public BigDecimal monthlyAllowance;
        public String occupationalProfile;
        public String activities;
        public String inailPosition;
        public String liabilityPolicy;
        public List<Objective> objectives = new ArrayList<>();

        // getters and setters for EL
        public Long getWorkerId() {
            return workerId;
        }

        public void setWorkerId(Long v) {
            workerId = v;
        }

        public Long getEducatorId() {
            return educatorId;
        }

        public void setEducatorId(Long v) {
            educatorId = v;
        }

        public Long getTutorId() {
            return tutorId;
        }

        public void setTutorId(Long v) {
            tutorId = v;
        }

        public String getPromoterCode() {
            return promoterCode;
        }

        public void setPromoterCode(String v) {
            promoterCode = v;
        }

        public TraineeshipKind getKind() {
            return kind;
        }

        public void setKind(TraineeshipKind v) {
            kind = v;
        }

        public TraineeGroup getGroup() {
            return group;
        }

        public void setGroup(TraineeGroup v) {
            group = v;
        }

        public String getHostName() {
            return hostName;
        }

        public void setHostName(String v) {
            hostName = v;
        }

        public Integer getHostStaff() {
            return hostStaff;
        }

        public void setHostStaff(Integer v) {
            hostStaff = v;
        }

        public String getHostSite() {
            return hostSite;
        }

        public void setHostSite(String v) {
            hostSite = v;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate v) {
            startsOn = v;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate v) {
            endsOn = v;
        }

        public BigDecimal getWeeklyHours() {
            return weeklyHours;
        }

        public void setWeeklyHours(BigDecimal v) {
            weeklyHours = v;
        }

        public BigDecimal getMonthlyAllowance() {
            return monthlyAllowance;
        }

        public void setMonthlyAllowance(BigDecimal v) {
            monthlyAllowance = v;
        }

        public String getOccupationalProfile() {
            return occupationalProfile;
        }

        public void setOccupationalProfile(String v) {
            occupationalProfile = v;
        }

        public String getActivities() {
            return activities;
        }

        public void setActivities(String v) {
            activities = v;
        }

        public String getInailPosition() {
            return inailPosition;
        }

        public void setInailPosition(String v) {
            inailPosition = v;
        }

        public String getLiabilityPolicy() {
            return liabilityPolicy;
        }

        public void setLiabilityPolicy(String v) {
            liabilityPolicy = v;
        }

        public List<Objective> getObjectives() {
            return objectives;
        }
    }

    /** One objective row of the form. */
    public static class Objective implements Serializable {
        private static final long serialVersionUID = 1L;
        private String subcategoryCode;
        private String competence;
        private int targetLevel = 3;

        public String getSubcategoryCode() {
            return subcategoryCode;
        }

        public void setSubcategoryCode(String v) {
            subcategoryCode = v;
        }

        public String getCompetence() {
            return competence;
        }

        public void setCompetence(String v) {
            competence = v;
        }

        public int getTargetLevel() {
            return targetLevel;
        }

        public void setTargetLevel(int v) {
            targetLevel = v;
        }
    }

    /** The hours form. */
    public static class Hours implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate day;
        private BigDecimal hours;
        private TrainingActivity activity = TrainingActivity.WORKSHOP;
        private String note;

        public LocalDate getDay() {
            return day;
        }

        public void setDay(LocalDate v) {
            day = v;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal v) {
            hours = v;
        }

        public TrainingActivity getActivity() {
            return activity;
        }

        public void setActivity(TrainingActivity v) {
            activity = v;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String v) {
            note = v;
        }
    }

    /** The special-category form. */
    public static class Sensitive implements Serializable {
        private static final long serialVersionUID = 1L;
        private String vulnerability;
        private String referringService;
        private String legalStatus;
        private String healthNotes;
        private String privateNotes;

        public String getVulnerability() {
            return vulnerability;
        }

        public void setVulnerability(String v) {
            vulnerability = v;
        }

        public String getReferringService() {
            return referringService;
        }

        public void setReferringService(String v) {
            referringService = v;
        }

        public String getLegalStatus() {
            return legalStatus;
        }

        public void setLegalStatus(String v) {
            legalStatus = v;
        }

        public String getHealthNotes() {
            return healthNotes;
        }

        public void setHealthNotes(String v) {
            healthNotes = v;
        }

        public String getPrivateNotes() {
            return privateNotes;
        }

        public void setPrivateNotes(String v) {
            privateNotes = v;
        }
    }

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            form = form(traineeships.proposal());
            return;
        }
        try {
            traineeship = traineeships.view(id, language.getLanguage());
        } catch (RecordNotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such traineeship");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (traineeship.state() == TraineeshipState.DRAFT) {
            form = form(traineeship);
        }
    }

    private static Form form(TraineeshipDraft d) {
        Form f = new Form();
        f.educatorId = d.educatorId();
        f.kind = d.kind();
        f.group = d.group();
        f.hostName = d.hostName();
        f.hostStaff = d.hostStaff();
        f.startsOn = d.startsOn();
        f.endsOn = d.endsOn();
        f.weeklyHours = d.weeklyHours();
        f.monthlyAllowance = d.monthlyAllowance();
        f.objectives.add(new Objective());
        return f;
    }

    private static Form form(TraineeshipView t) {
        Form f = new Form();
        f.workerId = t.workerId();
        f.workerName = t.traineeName();
        f.educatorId = t.educatorId();
        f.tutorId = t.tutorId();
        f.promoterCode = t.promoterCode();
        f.kind = t.kind();
        f.group = t.group();
        f.hostName = t.hostName();
        f.hostStaff = t.hostStaff();
        f.hostSite = t.hostSite();
        f.startsOn = t.startsOn();
        f.endsOn = t.endsOn();
        f.weeklyHours = t.weeklyHours();
        f.monthlyAllowance = t.monthlyAllowance();
        f.occupationalProfile = t.occupationalProfile();
        f.activities = t.activities();
        f.inailPosition = t.inailPosition();
        f.liabilityPolicy = t.liabilityPolicy();
        for (TraineeshipView.Objective o : t.objectives()) {
            Objective row = new Objective();
            row.subcategoryCode = o.subcategoryCode();
            row.competence = o.competence();
            row.targetLevel = o.targetLevel();
            f.objectives.add(row);
        }
        return f;
    }

    private TraineeshipDraft draft() {
        return new TraineeshipDraft(
                form.workerId,
                form.educatorId,
                form.tutorId,
                form.promoterCode,
                form.kind,
                form.group,
                form.hostName,
                form.hostStaff,
                form.hostSite,
                form.startsOn,
                form.endsOn,
                form.weeklyHours,
                form.monthlyAllowance,
                form.occupationalProfile,
                form.activities,
                form.inailPosition,
                form.liabilityPolicy,
                form.objectives.stream()
                        .filter(o -> o.subcategoryCode != null && !o.subcategoryCode.isBlank())
                        .map(o -> new TraineeshipDraft.Objective(o.subcategoryCode, o.competence, o.targetLevel))
                        .toList());
    }

    /** Saves the project: a new draft, or the draft rewritten. */
    public String save() throws IOException {
        if (traineeship == null) {
            long created = traineeships.create(draft());
            Messages.create(Texts.get("traineeship.saved")).flash().add();
            return "/backoffice/traineeship?faces-redirect=true&id=" + created;
        }
        try {
            traineeship = traineeships.edit(id, draft(), traineeship.version(), language.getLanguage());
            Messages.create(Texts.get("traineeship.saved")).add();
        } catch (ConflictingChange e) {
            stale();
        }
        return null;
    }

    public void addObjective() {
        form.objectives.add(new Objective());
    }

    public void removeObjective(Objective objective) {
        form.objectives.remove(objective);
    }

    /** Applies an action of the lifecycle, with the reason typed. */
    public void act(String action) {
        try {
            traineeship = traineeships.act(
                    id, TraineeshipAction.valueOf(action), traineeship.version(), reason, language.getLanguage());
            form = traineeship.state() == TraineeshipState.DRAFT ? form : null;
            reason = null;
            Messages.create(Texts.get("traineeship.done." + action)).add();
        } catch (ConflictingChange e) {
            stale();
        }
    }

    public void extend() {
        try {
            traineeship = traineeships.extend(id, newEnd, traineeship.version(), reason, language.getLanguage());
            reason = null;
            newEnd = null;
            Messages.create(Texts.get("traineeship.done.EXTEND")).add();
        } catch (ConflictingChange e) {
            stale();
        }
    }

    public void addHours() {
        register.add(id, new HoursEntry(hours.day, hours.hours, hours.activity, hours.note));
        hours = new Hours();
        traineeship = traineeships.view(id, language.getLanguage());
        Messages.create(Texts.get("traineeship.hoursAdded")).add();
    }

    /** Shows the traineeship as an action of the dossier's other parts left it. */
    void show(TraineeshipView view) {
        traineeship = view;
    }

    /** Shows the special-category section: a deliberate read, written to the audit log. */
    public void showSensitive() {
        section = sensitive.read(id);
        sensitiveForm = new Sensitive();
        sensitiveForm.vulnerability = section.vulnerability();
        sensitiveForm.referringService = section.referringService();
        sensitiveForm.legalStatus = section.legalStatus();
        sensitiveForm.healthNotes = section.healthNotes();
        sensitiveForm.privateNotes = section.privateNotes();
    }

    public void hideSensitive() {
        section = null;
        sensitiveForm = null;
    }

    public void saveSensitive() {
        try {
            sensitive.write(
                    id,
                    new SensitiveView(
                            sensitiveForm.vulnerability,
                            sensitiveForm.referringService,
                            sensitiveForm.legalStatus,
                            sensitiveForm.healthNotes,
                            sensitiveForm.privateNotes,
                            null,
                            null,
                            section.version()));
            Messages.create(Texts.get("traineeship.sensitiveSaved")).add();
            showSensitive();
        } catch (ConflictingChange e) {
            stale();
        }
    }

    private void stale() {
        Messages.create(Texts.get("conflict.stale")).error().add();
    }

    /** Trainees whose name starts with what the educator typed (their ids; {@link #nameOf} names them). */
    public List<Long> completeTrainee(String text) {
        Map<Long, String> found = directory.named(text, 15);
        names.putAll(found);
        return new ArrayList<>(found.keySet());
    }

    /** The name of a worker the autocomplete offered or the form holds. */
    public String nameOf(Long workerId) {
        if (workerId == null) {
            return "";
        }
        if (form != null && workerId.equals(form.workerId) && form.workerName != null) {
            return form.workerName;
        }
        return names.getOrDefault(workerId, "#" + workerId);
    }

    public Map<Long, String> getTutors() {
        return workers.artisans();
    }

    public Map<Long, String> getEducators() {
        return workers.educators();
    }

    public List<Organisation> getPromoters() {
        return organisations.active(language.getLanguage());
    }

    public Map<String, String> getServices() {
        return catalog.subcategoryNames(language.getLanguage());
    }

    public TraineeshipKind[] getKinds() {
        return TraineeshipKind.values();
    }

    public TraineeGroup[] getGroups() {
        return TraineeGroup.values();
    }

    public TrainingActivity[] getActivities() {
        return new TrainingActivity[] {TrainingActivity.WORKSHOP, TrainingActivity.COURSE, TrainingActivity.MEETING};
    }

    public List<String> getVulnerabilities() {
        return SensitiveData.VULNERABILITIES;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean allowed(String action) {
        return traineeship != null && traineeship.allowed().contains(TraineeshipAction.valueOf(action));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TraineeshipView getTraineeship() {
        return traineeship;
    }

    public Form getForm() {
        return form;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDate newEnd) {
        this.newEnd = newEnd;
    }

    public Hours getHours() {
        return hours;
    }

    public SensitiveView getSection() {
        return section;
    }

    public Sensitive getSensitiveForm() {
        return sensitiveForm;
    }
}
