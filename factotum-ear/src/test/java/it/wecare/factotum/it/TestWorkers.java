package it.wecare.factotum.it;

import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.workers.boundary.WorkerForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Worker forms for the integration tests: active, serving Torino, with one skill, without a public profile
 * (so they do not crowd the search results other tests look at).
 */
final class TestWorkers {

    private TestWorkers() {}

    static WorkerForm form(String firstName, String lastName, String email, String skill) {
        return form(firstName, lastName, email, skill, false);
    }

    /** The same, with a public profile when {@code publicProfile} (so search and the candidates list find it). */
    static WorkerForm form(String firstName, String lastName, String email, String skill, boolean publicProfile) {
        return form(
                firstName,
                lastName,
                email,
                Map.of(skill, SkillLevel.GOOD),
                null,
                List.of("001272"),
                List.of(),
                true,
                publicProfile);
    }

    /** A factotum with the given skills, home, comuni and provinces served, active or not. */
    static WorkerForm form(
            String firstName,
            String lastName,
            String email,
            Map<String, SkillLevel> skills,
            String homeComune,
            List<String> comuni,
            List<String> provinces,
            boolean active,
            boolean publicProfile) {
        return new WorkerForm(
                null,
                WorkerKind.FACTOTUM,
                firstName,
                lastName,
                false,
                email,
                null,
                null,
                null,
                List.of("it"),
                false,
                false,
                null,
                null,
                homeComune,
                comuni,
                provinces,
                skills,
                publicProfile,
                null,
                null,
                null,
                null,
                null,
                active,
                0);
    }

    /** {@code form} as a worker of {@code kind}. */
    static WorkerForm shaped(WorkerForm form, WorkerKind kind) {
        return new WorkerForm(
                form.id(),
                kind,
                form.firstName(),
                form.lastName(),
                form.pseudonym(),
                form.email(),
                form.phone(),
                form.bioIt(),
                form.bioEn(),
                form.languages(),
                form.drivingLicence(),
                form.vehicle(),
                form.hourlyRate(),
                form.organisationCode(),
                form.homeComune(),
                form.comuni(),
                form.provinces(),
                form.skills(),
                form.publicConsent(),
                form.publicConsentAt(),
                null,
                null,
                null,
                null,
                form.active(),
                form.version());
    }

    /**
     * Puts {@code trainee} in an ACTIVE traineeship from–to beside {@code tutor}, followed by {@code educator}:
     * the one way a worker becomes a trainee (the worker form leaves the marker to the traineeship).
     */
    static long inTraineeship(
            AsAdministrator admin,
            it.wecare.factotum.training.boundary.Traineeships traineeships,
            long trainee,
            long tutor,
            Long educator,
            LocalDate from,
            LocalDate to)
            throws Exception {
        long id = admin.call(() -> traineeships.create(new it.wecare.factotum.training.boundary.TraineeshipDraft(
                trainee,
                educator,
                tutor,
                null,
                it.wecare.factotum.api.training.TraineeshipKind.EXTRACURRICULAR,
                it.wecare.factotum.api.training.TraineeGroup.ORDINARY,
                "Laboratorio del tutor " + tutor,
                30,
                null,
                from,
                to,
                new java.math.BigDecimal("20"),
                new java.math.BigDecimal("600"),
                null,
                null,
                null,
                null,
                List.of(new it.wecare.factotum.training.boundary.TraineeshipDraft.Objective(
                        "potatura", "Potare in sicurezza", 3)))));
        long version = admin.call(() -> traineeships.view(id, "it")).version();
        admin.call(() ->
                traineeships.act(id, it.wecare.factotum.api.training.TraineeshipAction.START, version, null, "it"));
        return id;
    }
}
