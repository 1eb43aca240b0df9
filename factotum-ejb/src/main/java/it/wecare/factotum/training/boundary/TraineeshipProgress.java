package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.training.TraineeshipOutcome;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.training.control.TrainingRule;
import it.wecare.factotum.training.entity.Traineeship;
import it.wecare.factotum.workers.boundary.Teams;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a traineeship goes and where it leads: the monthly checkpoints, the final assessment (a trainee who
 * completed may join an operative team from it), the follow-ups after the end and the competences
 * certificate ("attestazione delle competenze") as a PDF.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class TraineeshipProgress {

    /** The follow-ups after the end, in months (the network's practice: at 6 and at 12 months). */
    static final List<Integer> FOLLOW_UP_MONTHS = List.of(6, 12);

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingScope scope;

    @Inject
    TrainingRules rules;

    @Inject
    TraineeshipViews views;

    @Inject
    Teams teams;

    @Inject
    Issuers issuers;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /**
     * Records a checkpoint held with the trainee.
     *
     * @throws InvalidInput naming {@code heldOn}, {@code scores} or {@code action} for a rule it breaks
     * @throws ConflictingChange when someone changed the traineeship meanwhile
     */
    public TraineeshipView recordCheckpoint(
            long id, @NotNull @Valid CheckpointDraft draft, long version, String language) {
        Traineeship t = scope.seen(id, version, session);
        try {
            t.recordCheckpoint(
                    draft.heldOn(),
                    draft.scores(),
                    draft.notes(),
                    draft.nextSteps(),
                    actor(),
                    rules.today(),
                    rules.now());
        } catch (TrainingRule e) {
            throw TrainingRules.invalid(e);
        }
        em.flush();
        audit.record(
                "TRAINEESHIP_CHECKPOINT",
                TrainingScope.RECORD_TYPE,
                id,
                draft.heldOn().toString());
        return views.view(t, language);
    }

    /**
     * Writes (or corrects) the final assessment of an ended traineeship; for an outcome of a team joined,
     * takes the trainee into the team.
     *
     * @throws InvalidInput naming the field for a rule it breaks ({@code reached}, {@code outcome},
     *     {@code teamId}, the days of the signatures)
     * @throws ConflictingChange when someone changed the traineeship meanwhile
     */
    public TraineeshipView assess(long id, @NotNull @Valid AssessmentDraft draft, long version, String language) {
        Traineeship t = scope.seen(id, version, session);
        if (draft.teamId() != null && !teams.activeNames().containsKey(draft.teamId())) {
            throw new InvalidInput("teamId", "team.error.unknownTeam");
        }
        try {
            t.assess(
                    new Traineeship.Assessment(
                            draft.reached(),
                            draft.outcome(),
                            draft.note(),
                            draft.educatorSignedOn(),
                            draft.tutorSignedOn(),
                            draft.teamId()),
                    FOLLOW_UP_MONTHS,
                    actor(),
                    rules.today(),
                    rules.now());
        } catch (TrainingRule e) {
            throw TrainingRules.invalid(e);
        }
        em.flush();
        if (draft.teamId() != null) {
            teams.admit(draft.teamId(), t.getWorkerId(), "traineeship " + id);
        }
        audit.record(
                "TRAINEESHIP_ASSESSED",
                TrainingScope.RECORD_TYPE,
                id,
                draft.outcome().name());
        return views.view(t, language);
    }

    /**
     * Records the follow-up {@code monthsAfter} months after the end: where the former trainee is now.
     *
     * @throws InvalidInput naming {@code situation} or {@code action}
     */
    public TraineeshipView recordFollowUp(
            long id, int monthsAfter, TraineeshipOutcome situation, String note, long version, String language) {
        Traineeship t = scope.seen(id, version, session);
        if (note != null && note.strip().length() > 1000) {
            throw new InvalidInput("note", "traineeship.error.reasonTooLong");
        }
        try {
            t.recordFollowUp(monthsAfter, situation, note, actor(), rules.today(), rules.now());
        } catch (TrainingRule e) {
            throw TrainingRules.invalid(e);
        }
        em.flush();
        audit.record(
                "TRAINEESHIP_FOLLOW_UP",
                TrainingScope.RECORD_TYPE,
                id,
                monthsAfter + " " + (situation == null ? "" : situation.name()));
        return views.view(t, language);
    }

    /**
     * Records a step of the trainee's driving-licence pathway (the network offers it to a trainee who asks).
     *
     * @throws InvalidInput naming the field for a rule it breaks ({@code licenceStep} out of order,
     *     {@code licenceDay}, {@code school}, {@code passed}, {@code lessons}, {@code cost})
     * @throws ConflictingChange when someone changed the traineeship meanwhile
     */
    public TraineeshipView recordLicenceStep(
            long id, @NotNull @Valid LicenceDraft draft, long version, String language) {
        Traineeship t = scope.seen(id, version, session);
        try {
            t.recordLicenceStep(
                    new Traineeship.LicenceEntry(
                            draft.licenceStep(),
                            draft.licenceDay(),
                            draft.passed(),
                            draft.lessons(),
                            draft.cost(),
                            draft.school(),
                            draft.note()),
                    actor(),
                    rules.today(),
                    rules.now());
        } catch (TrainingRule e) {
            throw TrainingRules.invalid(e);
        }
        em.flush();
        audit.record(
                "TRAINEESHIP_LICENCE",
                TrainingScope.RECORD_TYPE,
                id,
                draft.licenceStep().name());
        return views.view(t, language);
    }

    /** The teams a trainee who completed can join, by id. */
    public Map<Long, String> teams() {
        return teams.activeNames();
    }

    /**
     * The competences certificate in Italian, once the traineeship is assessed, signed and has the share of
     * planned hours the rules ask; empty before that (the dossier says why).
     */
    public Optional<byte[]> certificate(long id) {
        Traineeship t = scope.find(id, session);
        TraineeshipView view = views.view(t, "it");
        if (!view.certificateReady()) {
            return Optional.empty();
        }
        audit.record("TRAINEESHIP_CERTIFICATE", TrainingScope.RECORD_TYPE, id, null);
        return Optional.of(CompetencesCertificate.render(issuers.of(t), view));
    }

    private String actor() {
        return Callers.name(session);
    }
}
