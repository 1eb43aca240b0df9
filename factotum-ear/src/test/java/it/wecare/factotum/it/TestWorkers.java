package it.wecare.factotum.it;

import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.workers.boundary.WorkerForm;
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
                null,
                List.of("001272"),
                List.of(),
                Map.of(skill, SkillLevel.GOOD),
                publicProfile,
                null,
                null,
                null,
                null,
                true,
                0);
    }
}
