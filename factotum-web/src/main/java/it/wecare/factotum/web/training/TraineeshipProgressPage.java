package it.wecare.factotum.web.training;

import it.wecare.factotum.api.training.LicenceStep;
import it.wecare.factotum.api.training.TraineeshipOutcome;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.training.boundary.AssessmentDraft;
import it.wecare.factotum.training.boundary.CheckpointDraft;
import it.wecare.factotum.training.boundary.LicenceDraft;
import it.wecare.factotum.training.boundary.TraineeshipProgress;
import it.wecare.factotum.training.boundary.TraineeshipView;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * The dossier's part on how the traineeship goes and where it led: the checkpoint form and the checkpoints
 * held, the final assessment (with the team a trainee who completed joins), the follow-ups and the link to
 * the competences certificate. It works on the traineeship {@link TraineeshipPage} shows.
 */
@Named
@ViewScoped
public class TraineeshipProgressPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    @Inject
    TraineeshipPage page;

    @Inject
    TraineeshipProgress progress;

    @Inject
    LanguageSwitch language;

    private Checkpoint checkpoint;
    private Assessment assessment;
    private final Map<Integer, FollowUp> followUps = new HashMap<>();
    private Licence licence;

    /** A step of the driving-licence pathway as its form edits it. */
    public static class Licence implements Serializable {
        private static final long serialVersionUID = 1L;
        public LicenceStep step;
        public LocalDate day;
        public Boolean passed;
        public Integer lessons;
        public BigDecimal cost;
        public String school;
        public String note;

        public LicenceStep getStep() {
            return step;
        }

        public void setStep(LicenceStep v) {
            step = v;
        }

        public LocalDate getDay() {
            return day;
        }

        public void setDay(LocalDate v) {
            day = v;
        }

        public Boolean getPassed() {
            return passed;
        }

        public void setPassed(Boolean v) {
            passed = v;
        }

        public Integer getLessons() {
            return lessons;
        }

        public void setLessons(Integer v) {
            lessons = v;
        }

        public BigDecimal getCost() {
            return cost;
        }

        public void setCost(BigDecimal v) {
            cost = v;
        }

        public String getSchool() {
            return school;
        }

        public void setSchool(String v) {
            school = v;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String v) {
            note = v;
        }
    }

    /** The form of the pathway's next step: today, the first step it may take. */
    public Licence getLicence() {
        if (licence == null && t() != null) {
            licence = new Licence();
            licence.day = LocalDate.now(ITALY);
            licence.step =
                    t().licence().next().isEmpty() ? null : t().licence().next().get(0);
        }
        return licence;
    }

    public void recordLicenceStep() {
        try {
            page.show(progress.recordLicenceStep(
                    t().id(),
                    new LicenceDraft(
                            licence.step,
                            licence.day,
                            licence.passed,
                            licence.lessons,
                            licence.cost,
                            licence.school,
                            licence.note),
                    t().version(),
                    language.getLanguage()));
            licence = null;
            Messages.create(Texts.get("licence.saved")).add();
        } catch (ConflictingChange e) {
            stale();
        }
    }

    /** The checkpoint as the form edits it. */
    public static class Checkpoint implements Serializable {
        private static final long serialVersionUID = 1L;
        public LocalDate heldOn;
        public final Map<Long, Integer> scores = new HashMap<>();
        public String notes;
        public String nextSteps;

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate v) {
            heldOn = v;
        }

        public Map<Long, Integer> getScores() {
            return scores;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String v) {
            notes = v;
        }

        public String getNextSteps() {
            return nextSteps;
        }

        public void setNextSteps(String v) {
            nextSteps = v;
        }
    }

    /** The final assessment as the form edits it. */
    public static class Assessment implements Serializable {
        private static final long serialVersionUID = 1L;
        public final Map<Long, Integer> reached = new HashMap<>();
        public TraineeshipOutcome outcome;
        public String note;
        public LocalDate educatorSignedOn;
        public LocalDate tutorSignedOn;
        public Long teamId;

        public Map<Long, Integer> getReached() {
            return reached;
        }

        public TraineeshipOutcome getOutcome() {
            return outcome;
        }

        public void setOutcome(TraineeshipOutcome v) {
            outcome = v;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String v) {
            note = v;
        }

        public LocalDate getEducatorSignedOn() {
            return educatorSignedOn;
        }

        public void setEducatorSignedOn(LocalDate v) {
            educatorSignedOn = v;
        }

        public LocalDate getTutorSignedOn() {
            return tutorSignedOn;
        }

        public void setTutorSignedOn(LocalDate v) {
            tutorSignedOn = v;
        }

        public Long getTeamId() {
            return teamId;
        }

        public void setTeamId(Long v) {
            teamId = v;
        }
    }

    /** A follow-up as its form edits it. */
    public static class FollowUp implements Serializable {
        private static final long serialVersionUID = 1L;
        public TraineeshipOutcome situation;
        public String note;

        public TraineeshipOutcome getSituation() {
            return situation;
        }

        public void setSituation(TraineeshipOutcome v) {
            situation = v;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String v) {
            note = v;
        }
    }

    private TraineeshipView t() {
        return page.getTraineeship();
    }

    /** The checkpoint form: today, with the scores of the last checkpoint as a start. */
    public Checkpoint getCheckpoint() {
        if (checkpoint == null && t() != null) {
            checkpoint = new Checkpoint();
            checkpoint.heldOn = LocalDate.now(ITALY);
            t().checkpoints().stream()
                    .max(Comparator.comparing(TraineeshipView.Checkpoint::heldOn))
                    .ifPresent(last -> checkpoint.scores.putAll(last.scores()));
        }
        return checkpoint;
    }

    /** The assessment form: what was assessed, or the last checkpoint's scores as the levels reached. */
    public Assessment getAssessment() {
        if (assessment == null && t() != null) {
            assessment = new Assessment();
            t().objectives().stream()
                    .filter(o -> o.reachedLevel() != null)
                    .forEach(o -> assessment.reached.put(o.id(), o.reachedLevel()));
            if (assessment.reached.isEmpty()) {
                t().checkpoints().stream()
                        .max(Comparator.comparing(TraineeshipView.Checkpoint::heldOn))
                        .ifPresent(last -> assessment.reached.putAll(last.scores()));
            }
            TraineeshipView.Assessment a = t().assessment();
            if (a != null) {
                assessment.outcome = a.outcome();
                assessment.note = a.note();
                assessment.educatorSignedOn = a.educatorSignedOn();
                assessment.tutorSignedOn = a.tutorSignedOn();
                assessment.teamId = a.teamId();
            }
        }
        return assessment;
    }

    public FollowUp followUp(int monthsAfter) {
        return followUps.computeIfAbsent(monthsAfter, m -> new FollowUp());
    }

    public void recordCheckpoint() {
        try {
            page.show(progress.recordCheckpoint(
                    t().id(),
                    new CheckpointDraft(
                            checkpoint.heldOn,
                            withoutBlanks(checkpoint.scores),
                            checkpoint.notes,
                            checkpoint.nextSteps),
                    t().version(),
                    language.getLanguage()));
            checkpoint = null;
            Messages.create(Texts.get("traineeship.checkpointSaved")).add();
        } catch (ConflictingChange e) {
            stale();
        }
    }

    public void assess() {
        try {
            page.show(progress.assess(
                    t().id(),
                    new AssessmentDraft(
                            withoutBlanks(assessment.reached),
                            assessment.outcome,
                            assessment.note,
                            assessment.educatorSignedOn,
                            assessment.tutorSignedOn,
                            assessment.outcome == TraineeshipOutcome.JOINED_TEAM ? assessment.teamId : null),
                    t().version(),
                    language.getLanguage()));
            assessment = null;
            Messages.create(Texts.get("traineeship.assessmentSaved")).add();
        } catch (ConflictingChange e) {
            stale();
        }
    }

    public void recordFollowUp(int monthsAfter) {
        FollowUp f = followUp(monthsAfter);
        try {
            page.show(progress.recordFollowUp(
                    t().id(), monthsAfter, f.situation, f.note, t().version(), language.getLanguage()));
            followUps.remove(monthsAfter);
            Messages.create(Texts.get("traineeship.followUpSaved")).add();
        } catch (ConflictingChange e) {
            stale();
        }
    }

    private static Map<Long, Integer> withoutBlanks(Map<Long, Integer> scores) {
        Map<Long, Integer> given = new HashMap<>();
        scores.forEach((k, v) -> {
            if (v != null) {
                given.put(k, v);
            }
        });
        return given;
    }

    private void stale() {
        Messages.create(Texts.get("conflict.stale")).error().add();
    }

    /** The score a checkpoint gave an objective, as the page names it ("—" when none). */
    public String score(TraineeshipView.Checkpoint c, long objectiveId) {
        Integer s = c.scores().get(objectiveId);
        return s == null ? "—" : Texts.get("traineeship.level." + s);
    }

    /** The levels of a competence, 1 to 4 (Integers, as the forms' maps hold them). */
    public List<Integer> getLevels() {
        return List.of(1, 2, 3, 4);
    }

    public String followUpTitle(int monthsAfter) {
        return Texts.get("traineeship.followUpAfter", monthsAfter);
    }

    public Map<Long, String> getTeams() {
        return progress.teams();
    }

    public List<TraineeshipOutcome> getOutcomes() {
        return List.of(TraineeshipOutcome.values());
    }

    public boolean isUnderWay() {
        return t() != null
                && (t().state().name().equals("ACTIVE") || t().state().name().equals("SUSPENDED"));
    }

    public boolean isEnded() {
        return t() != null
                && t().state().isFinal()
                && t().timeline().stream().anyMatch(l -> "START".equals(l.action()) || "MIGRATE".equals(l.action()));
    }
}
