package it.wecare.factotum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.api.workers.WorkerProfile;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.catalog.boundary.CategoryDraft;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.search.boundary.Search;
import it.wecare.factotum.search.boundary.WorkerSearch;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import it.wecare.factotum.workers.boundary.WorkerForm;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server: worker records, their rules, and what the public sees of them. */
@ExtendWith(ArquillianExtension.class)
class WorkersIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(WorkersIT.class, AsAdministrator.class, TestWorkers.class);
    }

    @Inject
    Search search;

    @Inject
    it.wecare.factotum.training.boundary.Traineeships traineeships;

    @Inject
    Workers workers;

    @Inject
    WorkerDirectory directory;

    @Inject
    Catalog catalog;

    @Inject
    AsAdministrator admin;

    @Inject
    it.wecare.factotum.partners.boundary.Organisations organisations;

    @Inject
    it.wecare.factotum.workers.boundary.Teams teams;

    @Inject
    it.wecare.factotum.workers.boundary.WorkerPhotos photos;

    private static byte[] png(int width, int height) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aRealPhotoIsStoredResizedAsJpegAndAFakeOneIsRefused() throws Exception {
        long shown = admin.call(() -> workers.save(form(WorkerKind.ARTISAN, "Fotografata", true)));
        admin.run(() -> {
            try {
                photos.upload(shown, png(1000, 800));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] large = photos.photo(shown, "large").orElseThrow().content();
        assertEquals(0xFF, large[0] & 0xff);
        assertEquals(0xD8, large[1] & 0xff);
        java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(large));
        assertEquals(480, read.getWidth());
        assertEquals(
                160,
                javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                                photos.photo(shown, "small").orElseThrow().content()))
                        .getWidth());

        InvalidInput fake = assertThrows(
                InvalidInput.class,
                () -> admin.run(() -> photos.upload(
                        shown, "GIF89a but really a script".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals("photo", fake.field());
        assertEquals("photo.error.NOT_AN_IMAGE", fake.messageKey());

        long hidden = admin.call(() -> workers.save(form(WorkerKind.FACTOTUM, "Riservata", false)));
        admin.run(() -> {
            try {
                photos.upload(hidden, png(200, 200));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(photos.photo(hidden, "small").isEmpty(), "no public photo without a public profile");
    }

    @Test
    void aTeamHasALeadAndMembersAndAStaleChangeIsAConflict() throws Exception {
        long lead = admin.call(() -> workers.save(form(WorkerKind.ARTISAN, "Capo", true)));
        long member = admin.call(() -> workers.save(form(WorkerKind.FACTOTUM, "Aiuto", true)));
        var only = new it.wecare.factotum.workers.boundary.TeamForm(
                null, "Sola", lead, List.of(lead), null, null, true, 0);
        InvalidInput alone = assertThrows(InvalidInput.class, () -> admin.call(() -> teams.save(only)));
        assertEquals("members", alone.field());

        long id = admin.call(() -> teams.save(new it.wecare.factotum.workers.boundary.TeamForm(
                null, "Squadra tinteggiature", lead, List.of(lead, member), null, null, true, 0)));
        var stored = admin.call(() -> teams.all()).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(member), stored.memberIds());
        admin.call(() -> teams.save(new it.wecare.factotum.workers.boundary.TeamForm(
                id, "Squadra tinteggiature nord", lead, List.of(member), null, null, true, stored.version())));
        assertThrows(ConflictingChange.class, () -> admin.call(() -> teams.save(stored)));
    }

    @Test
    void partnerOrganisationsAreAddedCorrectedAndJoinedByWorkers() throws Exception {
        String code = "coop-" + UUID.randomUUID().toString().substring(0, 6);
        admin.run(() -> organisations.save(new it.wecare.factotum.partners.boundary.OrganisationEdit(
                code, "Cooperativa Prova", "Torino", "https://prova.example", "Servizi.", "Services.", true, 0)));
        assertThrows(
                ConflictingChange.class,
                () -> admin.run(() -> organisations.save(new it.wecare.factotum.partners.boundary.OrganisationEdit(
                        code, "Doppione", null, null, null, null, true, 0))));
        var stored = admin.call(() -> organisations.all()).stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow();
        admin.run(() -> organisations.save(new it.wecare.factotum.partners.boundary.OrganisationEdit(
                code, "Cooperativa Prova Due", "Asti", null, null, null, true, stored.version())));
        assertThrows(ConflictingChange.class, () -> admin.run(() -> organisations.save(stored)));
        assertEquals("Cooperativa Prova Due", organisations.byCode(code, "it").name());

        WorkerForm base = form(WorkerKind.FACTOTUM, "Socia", true);
        WorkerForm member = new WorkerForm(
                null,
                base.kind(),
                base.firstName(),
                base.lastName(),
                false,
                null,
                null,
                null,
                null,
                base.languages(),
                false,
                false,
                null,
                code,
                null,
                List.of(),
                List.of(),
                base.skills(),
                true,
                null,
                null,
                null,
                null,
                null,
                true,
                0);
        long id = admin.call(() -> workers.save(member));
        assertEquals(code, directory.profile(id, "it").organisation());
        InvalidInput unknown = assertThrows(
                InvalidInput.class,
                () -> admin.call(() -> workers.save(new WorkerForm(
                        null,
                        base.kind(),
                        "A",
                        "B",
                        false,
                        null,
                        null,
                        null,
                        null,
                        base.languages(),
                        false,
                        false,
                        null,
                        "no-such-coop",
                        null,
                        List.of(),
                        List.of(),
                        Map.of(),
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        true,
                        0))));
        assertEquals("organisation", unknown.field());
    }

    private static WorkerForm form(WorkerKind kind, String lastName, boolean consent) {
        return new WorkerForm(
                null,
                kind,
                "Lucia",
                lastName,
                false,
                "lucia@factotum.test",
                "+39 011 1234567",
                "Brava e puntuale.",
                "Good and punctual.",
                List.of("it", "en"),
                true,
                false,
                kind == WorkerKind.ARTISAN ? new BigDecimal("28.50") : null,
                null,
                "001272",
                List.of("001272", "001156"),
                List.of("CN"),
                Map.of("tinteggiatura-interni", SkillLevel.EXPERT, "montaggio-mobili", SkillLevel.GOOD),
                consent,
                null,
                null,
                null,
                null,
                null,
                true,
                0);
    }

    private static WorkerForm with(
            WorkerForm f,
            BigDecimal rate,
            Map<String, SkillLevel> skills,
            LocalDate from,
            LocalDate to,
            Long tutor,
            long version,
            Long id,
            boolean pseudonym) {
        return new WorkerForm(
                id,
                f.kind(),
                f.firstName(),
                f.lastName(),
                pseudonym,
                f.email(),
                f.phone(),
                f.bioIt(),
                f.bioEn(),
                f.languages(),
                f.drivingLicence(),
                f.vehicle(),
                rate,
                f.organisationCode(),
                f.homeComune(),
                f.comuni(),
                f.provinces(),
                skills,
                f.publicConsent(),
                null,
                from,
                to,
                tutor,
                null,
                f.active(),
                version);
    }

    @Test
    void aWorkerIsInvitedToTheWorkerAreaByEmailOnceAndOnlyWithAnAddress() throws Exception {
        String lastName = "Invitata" + UUID.randomUUID().toString().substring(0, 6);
        WorkerForm base = form(WorkerKind.FACTOTUM, lastName, true);
        String email = lastName.toLowerCase() + "@factotum.test";
        long id = admin.call(() -> workers.save(with(base, null, base.skills(), null, null, null, 0, null, true)));
        WorkerForm saved = admin.call(() -> workers.form(id));
        long withEmail = admin.call(() -> workers.save(new WorkerForm(
                saved.id(),
                saved.kind(),
                saved.firstName(),
                saved.lastName(),
                saved.pseudonym(),
                email,
                saved.phone(),
                saved.bioIt(),
                saved.bioEn(),
                saved.languages(),
                saved.drivingLicence(),
                saved.vehicle(),
                saved.hourlyRate(),
                saved.organisationCode(),
                saved.homeComune(),
                saved.comuni(),
                saved.provinces(),
                saved.skills(),
                saved.publicConsent(),
                saved.publicConsentAt(),
                saved.trainingFrom(),
                saved.trainingTo(),
                saved.tutorId(),
                null,
                saved.active(),
                saved.version())));
        assertTrue(admin.call(() -> workers.login(withEmail)).isEmpty());

        var login = admin.call(() -> workers.inviteLogin(withEmail));
        assertEquals(email, login.email());
        assertEquals(java.util.Set.of(it.wecare.factotum.api.platform.Role.WORKER), login.roles());
        assertFalse(login.passwordChosen());
        assertEquals(
                login.id(),
                admin.call(() -> workers.login(withEmail)).orElseThrow().id());
        // asked again before the password is chosen: the same login, a new invitation
        assertEquals(
                login.id(), admin.call(() -> workers.inviteLogin(withEmail)).id());

        // another worker with the same address cannot take it
        long twin = admin.call(() -> workers.save(form(WorkerKind.VOLUNTEER, lastName + "b", true)));
        WorkerForm twinForm = admin.call(() -> workers.form(twin));
        ConflictingChange taken = assertThrows(
                ConflictingChange.class,
                () -> admin.call(() -> {
                    workers.save(new WorkerForm(
                            twinForm.id(),
                            twinForm.kind(),
                            twinForm.firstName(),
                            twinForm.lastName(),
                            false,
                            email,
                            null,
                            null,
                            null,
                            twinForm.languages(),
                            false,
                            false,
                            null,
                            null,
                            null,
                            twinForm.comuni(),
                            twinForm.provinces(),
                            twinForm.skills(),
                            true,
                            null,
                            null,
                            null,
                            null,
                            null,
                            true,
                            twinForm.version()));
                    return workers.inviteLogin(twin);
                }));
        assertEquals("account.error.emailTaken", taken.messageKey());
    }

    @Test
    void aWorkerWithoutEmailCannotBeInvitedAndTheFieldIsNamed() throws Exception {
        WorkerForm base = form(WorkerKind.FACTOTUM, "Senzaemail", true);
        long id = admin.call(() -> workers.save(new WorkerForm(
                null,
                base.kind(),
                base.firstName(),
                base.lastName(),
                false,
                null,
                null,
                null,
                null,
                base.languages(),
                false,
                false,
                null,
                null,
                null,
                base.comuni(),
                base.provinces(),
                base.skills(),
                true,
                null,
                null,
                null,
                null,
                null,
                true,
                0)));
        InvalidInput noEmail = assertThrows(InvalidInput.class, () -> admin.call(() -> workers.inviteLogin(id)));
        assertEquals("email", noEmail.field());
    }

    @Test
    void onlyStaffManageWorkers() {
        assertThrows(EJBAccessException.class, () -> workers.save(form(WorkerKind.FACTOTUM, "Anonima", true)));
    }

    @Test
    void aWorkerWithConsentIsPublicAtOnceWithHisServicesAndArea() throws Exception {
        String lastName = "Verdi" + UUID.randomUUID().toString().substring(0, 6);
        long id = admin.call(() -> workers.save(form(WorkerKind.ARTISAN, lastName, true)));

        WorkerProfile profile = directory.profile(id, "it");
        assertEquals("Lucia " + lastName, profile.displayName());
        assertEquals(new BigDecimal("28.50"), profile.hourlyRate());
        assertTrue(profile.areas().contains("Torino (TO)"));
        assertTrue(profile.areas().contains("provincia di Cuneo"));
        assertTrue(profile.skills().stream().anyMatch(s -> s.name().equals("Tinteggiatura interni")));

        var inCuneo = search.workers(new WorkerSearch(
                null, "tinteggiatura-interni", WorkerKind.ARTISAN, "004078", null, 0, 100, false, "it"));
        assertTrue(
                inCuneo.items().stream().anyMatch(p -> p.id() == id),
                "a worker serving the province serves its comuni");
        var inAsti = search.workers(
                new WorkerSearch(null, "tinteggiatura-interni", null, "005005", null, 0, 100, false, "it"));
        assertFalse(inAsti.items().stream().anyMatch(p -> p.id() == id));
    }

    @Test
    void withoutConsentThereIsNoPublicProfileAndAPseudonymHidesTheLastName() throws Exception {
        long hidden = admin.call(() -> workers.save(form(WorkerKind.FACTOTUM, "Nascosta", false)));
        assertThrows(RecordNotFound.class, () -> directory.profile(hidden, "it"));

        WorkerForm base = form(WorkerKind.FACTOTUM, "Bianchi", true);
        long shown = admin.call(() -> workers.save(with(base, null, base.skills(), null, null, null, 0, null, true)));
        assertEquals("Lucia B.", directory.profile(shown, "en").displayName());
    }

    @Test
    void invalidValuesAreRefusedNamingTheField() throws Exception {
        WorkerForm volunteer = form(WorkerKind.VOLUNTEER, "Rossi", true);
        InvalidInput paid = assertThrows(
                InvalidInput.class,
                () -> admin.call(() -> workers.save(
                        with(volunteer, new BigDecimal("10"), volunteer.skills(), null, null, null, 0, null, false))));
        assertEquals("hourlyRate", paid.field());

        InvalidInput unknownService = assertThrows(
                InvalidInput.class,
                () -> admin.call(() -> workers.save(with(
                        volunteer,
                        null,
                        Map.of("volo-in-mongolfiera", SkillLevel.GOOD),
                        null,
                        null,
                        null,
                        0,
                        null,
                        false))));
        assertEquals("skills", unknownService.field());

        // the trainee marker is the traineeship's to write: a form that sets it changes nothing
        long artisan = admin.call(() -> workers.save(form(WorkerKind.ARTISAN, "Tutor", true)));
        LocalDate start = LocalDate.now();
        long marked = admin.call(() -> workers.save(
                with(volunteer, null, volunteer.skills(), start, start.plusMonths(5), artisan, 0, null, false)));
        assertNull(admin.call(() -> workers.form(marked)).trainingFrom());
    }

    @Test
    void aTraineeIsRecordedButNeverShownAsSuch() throws Exception {
        long artisan = admin.call(() -> workers.save(form(WorkerKind.ARTISAN, "Maestra", true)));
        WorkerForm base = form(WorkerKind.FACTOTUM, "Allieva", true);
        LocalDate start = LocalDate.now().minusMonths(1);
        long trainee = admin.call(() -> workers.save(base));
        TestWorkers.inTraineeship(
                admin,
                traineeships,
                trainee,
                artisan,
                null,
                start,
                start.plusMonths(6).minusDays(1));

        WorkerForm stored = admin.call(() -> workers.form(trainee));
        assertEquals(artisan, stored.tutorId());
        WorkerProfile profile = directory.profile(trainee, "it");
        assertFalse(profile.toString().toLowerCase().contains("tiroc"));
        assertFalse(profile.toString().toLowerCase().contains("train"));
    }

    @Test
    void aStaleFormIsAConflict() throws Exception {
        long id = admin.call(() -> workers.save(form(WorkerKind.FACTOTUM, "Doppia", true)));
        WorkerForm read = admin.call(() -> workers.form(id));
        WorkerForm changed = with(read, null, read.skills(), null, null, null, read.version(), id, true);
        admin.call(() -> workers.save(changed));

        assertThrows(ConflictingChange.class, () -> admin.call(() -> workers.save(read)));
    }

    @Test
    void aServiceOfferedByAWorkerCannotBeDeletedFromTheCatalog() throws Exception {
        String code = "servizio-" + UUID.randomUUID().toString().substring(0, 6);
        admin.call(() -> catalog.create(
                new CategoryDraft("pulizie", code, "Servizio di prova", "Test service", null, null, null)));
        WorkerForm base = form(WorkerKind.FACTOTUM, "Pulita", true);
        admin.call(
                () -> workers.save(with(base, null, Map.of(code, SkillLevel.GOOD), null, null, null, 0, null, false)));

        ConflictingChange inUse = assertThrows(ConflictingChange.class, () -> admin.run(() -> catalog.delete(code)));
        assertEquals("catalog.error.inUse", inUse.messageKey());
    }
}
