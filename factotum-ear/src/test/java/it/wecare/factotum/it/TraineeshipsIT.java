package it.wecare.factotum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.api.training.LicenceStep;
import it.wecare.factotum.api.training.TraineeGroup;
import it.wecare.factotum.api.training.TraineeshipAction;
import it.wecare.factotum.api.training.TraineeshipDocumentKind;
import it.wecare.factotum.api.training.TraineeshipKind;
import it.wecare.factotum.api.training.TraineeshipOutcome;
import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.api.training.TrainingActivity;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.requests.boundary.Assignments;
import it.wecare.factotum.requests.boundary.Jobs;
import it.wecare.factotum.requests.boundary.QuoteDraft;
import it.wecare.factotum.requests.boundary.Quotes;
import it.wecare.factotum.requests.boundary.RequestDesk;
import it.wecare.factotum.requests.boundary.RequestDraft;
import it.wecare.factotum.requests.boundary.RequestView;
import it.wecare.factotum.requests.boundary.Submissions;
import it.wecare.factotum.requests.boundary.Tracking;
import it.wecare.factotum.training.boundary.AssessmentDraft;
import it.wecare.factotum.training.boundary.CheckpointDraft;
import it.wecare.factotum.training.boundary.DocumentRow;
import it.wecare.factotum.training.boundary.DocumentUpload;
import it.wecare.factotum.training.boundary.HoursEntry;
import it.wecare.factotum.training.boundary.HoursRegister;
import it.wecare.factotum.training.boundary.LicenceDraft;
import it.wecare.factotum.training.boundary.SensitiveData;
import it.wecare.factotum.training.boundary.SensitiveRetention;
import it.wecare.factotum.training.boundary.SensitiveView;
import it.wecare.factotum.training.boundary.TraineeshipDocuments;
import it.wecare.factotum.training.boundary.TraineeshipDraft;
import it.wecare.factotum.training.boundary.TraineeshipProgress;
import it.wecare.factotum.training.boundary.TraineeshipRow;
import it.wecare.factotum.training.boundary.TraineeshipView;
import it.wecare.factotum.training.boundary.Traineeships;
import it.wecare.factotum.training.boundary.TrainingDate;
import it.wecare.factotum.training.boundary.TrainingReminders;
import it.wecare.factotum.training.control.ItalianHolidays;
import it.wecare.factotum.workers.boundary.TeamForm;
import it.wecare.factotum.workers.boundary.Teams;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Traineeships inside the server: an educator writes, starts and follows one; the rules of its kind refuse
 * a project that breaks them, naming the field; a job the trainee completes enters the register; the
 * special-category section is read only by the educator and an administrator, each read audited; an
 * operator is refused and another educator finds nothing; the worker's trainee marker follows the
 * traineeship.
 */
@ExtendWith(ArquillianExtension.class)
class TraineeshipsIT extends InContainerJourney {

    private static final String SERVER = "http://localhost:8080";

    private static final Pattern TOKEN = Pattern.compile("track\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainerJourney.deployment(
                TraineeshipsIT.class, AsEducator.class, AsOperator.class, PagesClient.class);
    }

    @Inject
    Traineeships traineeships;

    @Inject
    HoursRegister register;

    @Inject
    SensitiveData sensitive;

    @Inject
    Workers workers;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Submissions submissions;

    @Inject
    RequestDesk desk;

    @Inject
    Assignments assignments;

    @Inject
    Quotes quotes;

    @Inject
    Tracking tracking;

    @Inject
    Jobs jobs;

    @Inject
    TraineeshipProgress progress;

    @Inject
    TrainingReminders reminders;

    @Inject
    SensitiveRetention retention;

    @Inject
    TraineeshipDocuments documents;

    @Inject
    Teams teams;

    @Inject
    AsEducator educator;

    @Inject
    AsOperator operator;

    private long worker(String first, WorkerKind kind) throws Exception {
        return admin.call(() -> workers.save(TestWorkers.shaped(
                TestWorkers.form(first, "Tirocinio", InContainerAccounts.unique(first.toLowerCase()), "potatura"),
                kind)));
    }

    private static TraineeshipDraft draft(long trainee, long tutor, Long educatorId, LocalDate start, LocalDate end) {
        return new TraineeshipDraft(
                trainee,
                educatorId,
                tutor,
                null,
                TraineeshipKind.EXTRACURRICULAR,
                TraineeGroup.ORDINARY,
                "Laboratorio di prova " + tutor,
                30,
                "Via Cigna 96, Torino",
                start,
                end,
                new BigDecimal("20"),
                new BigDecimal("600"),
                "Manutentore del verde",
                "Potature con il tutor",
                "PAT 1",
                "RC 1",
                List.of(new TraineeshipDraft.Objective("potatura", "Potare una siepe in sicurezza", 3)));
    }

    @Test
    void anEducatorFollowsATraineeshipFromTheProjectToItsEndAndAJobEntersTheRegister() throws Exception {
        long educatorId = InContainerAccounts.educator(admin, accounts);
        long tutor = worker("Mario", WorkerKind.ARTISAN);
        long trainee = worker("Sara", WorkerKind.FACTOTUM);
        LocalDate start = TODAY.minusDays(14);

        // the rules of the kind: an ordinary extracurricular traineeship lasts at most six months
        InvalidInput tooLong = assertThrows(
                InvalidInput.class,
                () -> educator.call(
                        () -> traineeships.create(draft(trainee, tutor, null, start, start.plusMonths(7)))));
        assertThat(tooLong.field()).isEqualTo("endsOn");
        assertThat(tooLong.arguments()).containsExactly(6);

        long id = educator.call(() -> traineeships.create(
                draft(trainee, tutor, null, start, start.plusMonths(6).minusDays(1))));
        TraineeshipView draft = educator.call(() -> traineeships.view(id, "it"));
        assertThat(draft.state()).isEqualTo(TraineeshipState.DRAFT);
        assertThat(draft.educatorId())
                .as("the educator who writes it follows it")
                .isEqualTo(educatorId);
        assertThat(draft.allowed()).contains(TraineeshipAction.START);

        TraineeshipView started =
                educator.call(() -> traineeships.act(id, TraineeshipAction.START, draft.version(), null, "it"));
        assertThat(started.state()).isEqualTo(TraineeshipState.ACTIVE);
        assertThat(admin.call(() -> workers.form(trainee)).trainingFrom())
                .as("the worker's trainee marker follows the traineeship")
                .isEqualTo(start);

        // the register: by hand within the day's limit, and the trainee's completed job by itself
        LocalDate yesterday = TODAY.minusDays(1);
        educator.call(() ->
                register.add(id, new HoursEntry(yesterday, new BigDecimal("4"), TrainingActivity.WORKSHOP, null)));
        InvalidInput overDay = assertThrows(
                InvalidInput.class,
                () -> educator.call(() -> register.add(
                        id, new HoursEntry(yesterday, new BigDecimal("5"), TrainingActivity.COURSE, null))));
        assertThat(overDay.field()).isEqualTo("hours");
        assertThat(assertThrows(
                                InvalidInput.class,
                                () -> educator.call(() -> register.add(
                                        id,
                                        new HoursEntry(
                                                TODAY.plusDays(1), BigDecimal.ONE, TrainingActivity.MEETING, null))))
                        .field())
                .isEqualTo("day");
        long request = completedJob(trainee, new BigDecimal("3"));
        TraineeshipView withJob = educator.call(() -> traineeships.view(id, "it"));
        assertThat(withJob.hours()).anySatisfy(h -> {
            assertThat(h.activity()).isEqualTo(TrainingActivity.JOB);
            assertThat(h.requestId()).isEqualTo(request);
            assertThat(h.hours()).isEqualByComparingTo("3");
            assertThat(h.day()).isEqualTo(TODAY);
        });
        assertThat(withJob.hoursDone()).isEqualByComparingTo("7");
        assertThat(withJob.months()).isNotEmpty();

        TraineeshipView done = educator.call(
                () -> traineeships.act(id, TraineeshipAction.COMPLETE, withJob.version(), "Obiettivi raggiunti", "it"));
        assertThat(done.state()).isEqualTo(TraineeshipState.COMPLETED);
        assertThat(admin.call(() -> workers.form(trainee)).trainingFrom()).isNull();
        assertThat(done.timeline()).extracting(TraineeshipView.Line::action).contains("CREATE", "START", "COMPLETE");
    }

    @Test
    void theSpecialCategorySectionIsTheEducatorsAndTheAdministratorsOnlyAndEveryReadIsAudited() throws Exception {
        InContainerAccounts.educator(admin, accounts);
        long otherEducator = admin.call(() -> accounts.create(new it.wecare.factotum.api.platform.AccountDraft(
                        InContainerAccounts.unique("altra-educatrice"),
                        "Altra Educatrice",
                        "it",
                        java.util.Set.of(it.wecare.factotum.api.platform.Role.EDUCATOR),
                        "altra-educatrice-2026")))
                .id();
        long tutor = worker("Gino", WorkerKind.ARTISAN);
        long mine = educator.call(() -> traineeships.create(draft(
                worker("Ada", WorkerKind.FACTOTUM),
                tutor,
                null,
                TODAY,
                TODAY.plusMonths(6).minusDays(1))));
        long theirs = admin.call(() -> traineeships.create(draft(
                worker("Bea", WorkerKind.FACTOTUM),
                tutor,
                otherEducator,
                TODAY,
                TODAY.plusMonths(6).minusDays(1))));
        Instant before = Instant.now().minusSeconds(1);

        educator.call(() -> {
            sensitive.write(
                    mine,
                    new SensitiveView(
                            "INTERNATIONAL_PROTECTION",
                            "SAI Torino",
                            "Protezione sussidiaria",
                            null,
                            "Note",
                            null,
                            null,
                            -1));
            return null;
        });
        SensitiveView read = educator.call(() -> sensitive.read(mine));
        assertThat(read.referringService()).isEqualTo("SAI Torino");
        admin.call(() -> sensitive.read(mine));
        assertThat(admin.call(() -> audit.count("TRAINEE_SENSITIVE_READ", "Traineeship", String.valueOf(mine), before)))
                .as("one audit row per read")
                .isEqualTo(2);

        // an operator is refused everything; another educator's traineeship does not exist for this one
        assertThrows(EJBAccessException.class, () -> operator.call(() -> sensitive.read(mine)));
        assertThrows(EJBAccessException.class, () -> operator.call(() -> traineeships.view(mine, "it")));
        assertThrows(EJBAccessException.class, () -> operator.call(() -> traineeships.list(null, null)));
        assertThrows(RecordNotFound.class, () -> educator.call(() -> traineeships.view(theirs, "it")));
        assertThrows(RecordNotFound.class, () -> educator.call(() -> sensitive.read(theirs)));
        assertThat(educator.call(() -> traineeships.list(null, null)))
                .extracting(r -> r.id())
                .contains(mine)
                .doesNotContain(theirs);
        assertThat(admin.call(
                        () -> audit.count("TRAINEE_SENSITIVE_READ", "Traineeship", String.valueOf(theirs), before)))
                .as("a refused read reads nothing")
                .isZero();
        InvalidInput unknown = assertThrows(
                InvalidInput.class,
                () -> educator.call(() -> {
                    sensitive.write(
                            mine, new SensitiveView("SOMETHING", null, null, null, null, null, null, read.version()));
                    return null;
                }));
        assertThat(unknown.field()).isEqualTo("vulnerability");
    }

    @Test
    void aCheckpointIsRemindedOnceTheAssessmentTakesTheTraineeIntoATeamAndTheCertificateReadsRight() throws Exception {
        InContainerAccounts.educator(admin, accounts);
        String tutorEmail = InContainerAccounts.unique("tutor-piero");
        long tutor = admin.call(() -> workers.save(
                TestWorkers.shaped(TestWorkers.form("Piero", "Tutor", tutorEmail, "potatura"), WorkerKind.ARTISAN)));
        long trainee = worker("Lia", WorkerKind.FACTOTUM);
        LocalDate start = TODAY.minusDays(45);
        long id = educator.call(() -> traineeships.create(
                draft(trainee, tutor, null, start, start.plusMonths(6).minusDays(1))));
        long created = educator.call(() -> traineeships.view(id, "it")).version();
        educator.call(() -> traineeships.act(id, TraineeshipAction.START, created, null, "it"));
        assertThat(inbox().await("Traineeship", id, "TRAINEESHIP_TUTOR_ASSIGNED", tutorEmail))
                .as("the tutor learns who trains beside them")
                .contains("Lia");

        // the first monthly checkpoint fell about two weeks ago (on a working day): overdue, flagged, and the educator
        // reminded once
        TraineeshipView late = educator.call(() -> traineeships.view(id, "it"));
        assertThat(late.nextCheckpoint()).isEqualTo(workingDayFrom(start.plusMonths(1)));
        assertThat(late.checkpointOverdue()).isTrue();
        assertThat(educator.call(() -> traineeships.list(null, null)))
                .filteredOn(r -> r.id() == id)
                .singleElement()
                .satisfies(r -> assertThat(r.alerts()).contains(TraineeshipRow.Alert.CHECKPOINT_OVERDUE));
        assertThat(reminders.remind(id)).isEqualTo(1);
        assertThat(reminders.remind(id)).as("claimed: never twice").isZero();
        assertThat(inbox().await("Traineeship", id, "TRAINEESHIP_CHECKPOINT_OVERDUE", AsEducator.EMAIL))
                .contains("Lia");

        assertThat(educator.call(() -> traineeships.calendar(TODAY.minusDays(20), TODAY.plusDays(20))))
                .filteredOn(d -> d.traineeshipId() == id)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(TrainingDate.Kind.CHECKPOINT_DUE);
                    assertThat(d.day()).isEqualTo(workingDayFrom(start.plusMonths(1)));
                    assertThat(d.overdue()).isTrue();
                });
        assertThat(assertThrows(
                                InvalidInput.class,
                                () -> educator.call(() -> traineeships.calendar(TODAY, TODAY.plusMonths(4))))
                        .field())
                .isEqualTo("to");

        long objective = late.objectives().get(0).id();
        InvalidInput tomorrow = assertThrows(
                InvalidInput.class,
                () -> educator.call(() -> progress.recordCheckpoint(
                        id,
                        new CheckpointDraft(TODAY.plusDays(1), Map.of(objective, 2), null, null),
                        late.version(),
                        "it")));
        assertThat(tomorrow.field()).isEqualTo("heldOn");
        TraineeshipView checked = educator.call(() -> progress.recordCheckpoint(
                id,
                new CheckpointDraft(TODAY, Map.of(objective, 2), "Lavora con cura", "Le scale in sicurezza"),
                late.version(),
                "it"));
        assertThat(checked.checkpointOverdue()).isFalse();
        assertThat(checked.nextCheckpoint()).isEqualTo(workingDayFrom(TODAY.plusMonths(1)));
        assertThat(checked.checkpoints()).singleElement().satisfies(c -> {
            assertThat(c.scores()).containsEntry(objective, 2);
            assertThat(c.nextSteps()).isEqualTo("Le scale in sicurezza");
        });

        // the driving licence the trainee asked for: its steps in order, each refused out of it
        InvalidInput early = assertThrows(
                InvalidInput.class,
                () -> educator.call(() -> progress.recordLicenceStep(
                        id,
                        new LicenceDraft(LicenceStep.THEORY_EXAM, TODAY, true, null, null, null, null),
                        checked.version(),
                        "it")));
        assertThat(early.field()).isEqualTo("licenceStep");
        TraineeshipView enrolled = educator.call(() -> progress.recordLicenceStep(
                id,
                new LicenceDraft(
                        LicenceStep.ENROLLED,
                        start.plusDays(3),
                        null,
                        null,
                        new BigDecimal("350"),
                        "Autoscuola Dora",
                        null),
                checked.version(),
                "it"));
        TraineeshipView theory = educator.call(() -> progress.recordLicenceStep(
                id,
                new LicenceDraft(LicenceStep.THEORY_EXAM, TODAY, true, null, null, null, "Al primo tentativo"),
                enrolled.version(),
                "it"));
        assertThat(theory.licence().school()).isEqualTo("Autoscuola Dora");
        assertThat(theory.licence().cost()).isEqualByComparingTo("350");
        assertThat(theory.licence().next()).containsExactly(LicenceStep.PRACTICE_LESSONS);
        assertThat(theory.licence().licensed()).isFalse();

        // four hours a working day from the start to yesterday: more than the 70 % the certificate asks
        for (LocalDate d = start; d.isBefore(TODAY); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                LocalDate day = d;
                educator.call(() ->
                        register.add(id, new HoursEntry(day, new BigDecimal("4"), TrainingActivity.WORKSHOP, null)));
            }
        }
        long beforeEnd = educator.call(() -> traineeships.view(id, "it")).version();
        TraineeshipView ended =
                educator.call(() -> traineeships.act(id, TraineeshipAction.COMPLETE, beforeEnd, null, "it"));
        assertThat(ended.certificateRefusal()).isEqualTo("traineeship.certificate.notAssessed");
        assertThat(educator.call(() -> progress.certificate(id))).isEmpty();

        long mate = worker("Ugo", WorkerKind.ARTISAN);
        long team = admin.call(
                () -> teams.save(new TeamForm(null, "Squadra verde " + id, tutor, List.of(mate), null, null, true, 0)));
        InvalidInput noTeam = assertThrows(
                InvalidInput.class,
                () -> educator.call(() -> progress.assess(
                        id,
                        new AssessmentDraft(
                                Map.of(objective, 3), TraineeshipOutcome.JOINED_TEAM, null, TODAY, TODAY, null),
                        ended.version(),
                        "it")));
        assertThat(noTeam.field()).isEqualTo("teamId");
        TraineeshipView assessed = educator.call(() -> progress.assess(
                id,
                new AssessmentDraft(
                        Map.of(objective, 3), TraineeshipOutcome.JOINED_TEAM, "Pronta a lavorare", TODAY, TODAY, team),
                ended.version(),
                "it"));
        assertThat(assessed.assessment().teamName()).isEqualTo("Squadra verde " + id);
        assertThat(assessed.objectives().get(0).reachedLevel()).isEqualTo(3);
        assertThat(assessed.followUps())
                .extracting(TraineeshipView.FollowUp::dueOn)
                .containsExactly(TODAY.plusMonths(6), TODAY.plusMonths(12));
        assertThat(admin.call(() -> teams.all()))
                .filteredOn(f -> f.id() == team)
                .singleElement()
                .satisfies(f -> assertThat(f.memberIds())
                        .as("the trainee joined the team")
                        .contains(trainee, mate));

        assertThat(operator.call(() -> traineeships.teamJoins()).get(team))
                .as("the team's history shows, to staff, who joined from a traineeship")
                .singleElement()
                .satisfies(j -> {
                    assertThat(j.workerId()).isEqualTo(trainee);
                    assertThat(j.name()).isEqualTo("Lia Tirocinio");
                    assertThat(j.joinedOn()).isEqualTo(TODAY);
                });

        // last month's allowance statement, against the hours entered above counted by hand: 4 hours each
        // weekday entered, 4 hours planned each working day (20 a week), the full 600 from 70 %
        YearMonth lastMonth = YearMonth.from(TODAY).minusMonths(1);
        LocalDate from = start.isAfter(lastMonth.atDay(1)) ? start : lastMonth.atDay(1);
        BigDecimal entered = BigDecimal.ZERO;
        BigDecimal planned = BigDecimal.ZERO;
        for (LocalDate d = from; !d.isAfter(lastMonth.atEndOfMonth()); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                entered = entered.add(new BigDecimal("4"));
            }
            if (ItalianHolidays.isWorkingDay(d)) {
                planned = planned.add(new BigDecimal("4"));
            }
        }
        BigDecimal enteredHours = entered;
        BigDecimal plannedHours = planned;
        assertThat(admin.call(() -> register.statement(lastMonth)))
                .filteredOn(l -> l.traineeshipId() == id)
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.traineeName()).isEqualTo("Lia Tirocinio");
                    assertThat(l.done()).isEqualByComparingTo(enteredHours);
                    assertThat(l.planned()).isEqualByComparingTo(plannedHours);
                    assertThat(l.due()).isEqualByComparingTo("600.00");
                });
        assertThrows(EJBAccessException.class, () -> educator.call(() -> register.statement(lastMonth)));

        assertThat(assessed.certificateReady())
                .as(assessed.hoursDone() + " hours of " + assessed.hoursPlanned())
                .isTrue();
        byte[] pdf = educator.call(() -> progress.certificate(id)).orElseThrow();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text)
                .contains(
                        "Attestazione delle competenze",
                        "Lia",
                        "Potare una siepe in sicurezza",
                        "in autonomia",
                        "Laboratorio di prova",
                        "Manutentore del verde");
        assertThrows(EJBAccessException.class, () -> operator.call(() -> progress.certificate(id)));
    }

    @Test
    void theDossierPrintsTheProjectToSignAndKeepsTheSignedDocumentsCheckedByContentEachReadAudited() throws Exception {
        InContainerAccounts.educator(admin, accounts);
        long trainee = worker("Nadia", WorkerKind.FACTOTUM);
        long tutor = worker("Tino", WorkerKind.ARTISAN);
        long id = educator.call(
                () -> traineeships.create(draft(trainee, tutor, null, TODAY.plusDays(7), TODAY.plusMonths(6))));
        Instant before = Instant.now().minusSeconds(1);

        // the project, printed while a draft: what the rules ask it to hold, to be signed by three
        String project =
                new PdfTextExtractor(new PdfReader(educator.call(() -> documents.project(id)))).getTextFromPage(1);
        assertThat(project)
                .contains("Progetto formativo individuale")
                .contains("Bozza")
                .contains("Nadia Tirocinio")
                .contains("Laboratorio di prova " + tutor)
                .contains("Via Cigna 96, Torino")
                .contains("Tino Tirocinio")
                .contains("20 ore alla settimana")
                .contains("600,00")
                .contains("PAT 1")
                .contains("RC 1")
                .contains("Manutentore del verde")
                .contains("Potare una siepe in sicurezza");
        assertThat(admin.call(() -> audit.count("TRAINEESHIP_PROJECT", "Traineeship", String.valueOf(id), before)))
                .isEqualTo(1);

        // what is refused, each naming its field
        byte[] signed = "%PDF-1.4\n% progetto firmato\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(refusedField(id, new DocumentUpload(null, "p.pdf", signed, null)))
                .isEqualTo("kind");
        assertThat(refusedField(
                        id, new DocumentUpload(TraineeshipDocumentKind.SIGNED_PROJECT, "p.pdf", new byte[0], null)))
                .isEqualTo("file");
        assertThat(refusedField(
                        id,
                        new DocumentUpload(
                                TraineeshipDocumentKind.SIGNED_PROJECT,
                                "p.pdf",
                                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                                null)))
                .as("a page named .pdf is not a PDF")
                .isEqualTo("file");
        assertThat(refusedField(
                        id,
                        new DocumentUpload(
                                TraineeshipDocumentKind.SIGNED_PROJECT, "p.pdf", new byte[10 * 1024 * 1024 + 1], null)))
                .isEqualTo("file");
        assertThat(refusedField(
                        id,
                        new DocumentUpload(TraineeshipDocumentKind.SIGNED_PROJECT, "p.pdf", signed, "n".repeat(501))))
                .isEqualTo("note");
        assertThat(educator.call(() -> documents.list(id)))
                .as("nothing refused was kept")
                .isEmpty();

        DocumentRow kept = educator.call(() -> documents.upload(
                id,
                new DocumentUpload(
                        TraineeshipDocumentKind.SIGNED_PROJECT,
                        "C:\\scansioni\\progetto firmato.pdf",
                        signed,
                        "Firmato da tutti il " + TODAY)));
        assertThat(kept.fileName()).isEqualTo("progetto firmato.pdf");
        assertThat(kept.contentType()).isEqualTo("application/pdf");
        assertThat(kept.sizeBytes()).isEqualTo(signed.length);
        assertThat(kept.uploadedBy()).isEqualTo(AsEducator.EMAIL);
        assertThat(educator.call(() -> documents.list(id)))
                .extracting(DocumentRow::id)
                .containsExactly(kept.id());
        assertThat(admin.call(() -> documents.download(id, kept.id())))
                .hasValueSatisfying(d -> assertThat(d.content()).isEqualTo(signed));
        assertThrows(RecordNotFound.class, () -> admin.call(() -> documents.download(id + 100000, kept.id())));
        assertThat(admin.call(() -> audit.count(
                        "TRAINEESHIP_DOCUMENT_READ", "TraineeshipDocument", String.valueOf(kept.id()), before)))
                .isEqualTo(1);
        assertThat(educator.call(() -> traineeships.view(id, "it")).timeline())
                .extracting(TraineeshipView.Line::action)
                .contains("DOCUMENT");

        // the dossier's documents are its educator's and the administrators' only
        assertThrows(EJBAccessException.class, () -> operator.call(() -> documents.list(id)));
        assertThrows(EJBAccessException.class, () -> operator.call(() -> documents.download(id, kept.id())));
        assertThrows(EJBAccessException.class, () -> operator.call(() -> documents.project(id)));

        // removed with a reason, which the timeline and the audit log keep
        assertThat(assertThrows(
                                InvalidInput.class,
                                () -> educator.call(() -> {
                                    documents.remove(id, kept.id(), " ");
                                    return null;
                                }))
                        .field())
                .isEqualTo("reason");
        educator.call(() -> {
            documents.remove(id, kept.id(), "Caricato il file sbagliato");
            return null;
        });
        assertThat(educator.call(() -> documents.list(id))).isEmpty();
        assertThat(educator.call(() -> traineeships.view(id, "it")).timeline())
                .filteredOn(l -> l.action().equals("DOCUMENT_REMOVED"))
                .singleElement()
                .satisfies(l -> assertThat(l.note()).contains("Caricato il file sbagliato"));
        assertThat(admin.call(() -> audit.count(
                        "TRAINEESHIP_DOCUMENT_REMOVED", "TraineeshipDocument", String.valueOf(kept.id()), before)))
                .isEqualTo(1);
    }

    private String refusedField(long id, DocumentUpload upload) {
        return assertThrows(InvalidInput.class, () -> educator.call(() -> documents.upload(id, upload)))
                .field();
    }

    @Test
    void theSpecialCategorySectionIsErasedOnceItsKeepingTimeAfterTheEndHasPassed() throws Exception {
        InContainerAccounts.educator(admin, accounts);
        long id = educator.call(() -> traineeships.create(draft(
                worker("Eva", WorkerKind.FACTOTUM),
                worker("Rino", WorkerKind.ARTISAN),
                null,
                TODAY.minusMonths(3),
                TODAY.plusMonths(3).minusDays(1))));
        long v = educator.call(() -> traineeships.view(id, "it")).version();
        educator.call(() -> traineeships.act(id, TraineeshipAction.START, v, null, "it"));
        educator.call(() -> {
            sensitive.write(id, new SensitiveView("POVERTY", "Servizi sociali", null, null, "Note", null, null, -1));
            return null;
        });
        byte[] scan = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
        long attestation = educator.call(() -> documents.upload(
                        id,
                        new DocumentUpload(
                                TraineeshipDocumentKind.SERVICE_ATTESTATION, "presa-in-carico.jpg", scan, null)))
                .id();
        long project = educator.call(() -> documents.upload(
                        id, new DocumentUpload(TraineeshipDocumentKind.SIGNED_PROJECT, "progetto.jpg", scan, null)))
                .id();
        long w = educator.call(() -> traineeships.view(id, "it")).version();
        educator.call(() -> traineeships.act(id, TraineeshipAction.INTERRUPT, w, "Trasferita", "it"));
        assertThat(retention.expired())
                .as("kept while the months after the end run")
                .doesNotContain(id);

        // the traineeship ended two years and a month ago
        try (var c = dataSource.getConnection();
                var update = c.prepareStatement("UPDATE traineeship SET ended_on = ? WHERE id = ?")) {
            update.setObject(1, TODAY.minusMonths(25));
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        Instant before = Instant.now().minusSeconds(1);
        assertThat(retention.expired()).contains(id);
        assertThat(retention.erase(id)).isTrue();
        assertThat(retention.erase(id)).as("erased once, whichever node runs").isFalse();
        assertThat(retention.expired()).doesNotContain(id);
        assertThat(admin.call(() -> audit.count("TRAINEE_SENSITIVE_ERASED", "Traineeship", String.valueOf(id), before)))
                .isEqualTo(1);
        SensitiveView gone = educator.call(() -> sensitive.read(id));
        assertThat(gone.vulnerability()).isNull();
        assertThat(gone.referringService()).isNull();
        assertThat(gone.privateNotes()).isNull();
        assertThat(educator.call(() -> documents.list(id)))
                .as("the service's attestation is erased with the section; the signed project stays")
                .extracting(DocumentRow::id)
                .containsExactly(project)
                .doesNotContain(attestation);
        assertThat(assertThrows(
                                InvalidInput.class,
                                () -> educator.call(() -> {
                                    sensitive.write(
                                            id, new SensitiveView("POVERTY", null, null, null, null, null, null, -1));
                                    return null;
                                }))
                        .field())
                .as("erased data is not written again")
                .isEqualTo("vulnerability");
        assertThat(refusedField(
                        id, new DocumentUpload(TraineeshipDocumentKind.SERVICE_ATTESTATION, "again.jpg", scan, null)))
                .isEqualTo("kind");
        assertThat(educator.call(() -> traineeships.view(id, "it")).state())
                .as("the traineeship itself stays, for the report")
                .isEqualTo(TraineeshipState.INTERRUPTED);
    }

    @Test
    void theRestApiShowsTheEducatorTheirTraineeshipAndRefusesEveryoneElseTheSpecialCategorySection() throws Exception {
        InContainerAccounts.educator(admin, accounts);
        String operatorEmail = InContainerAccounts.unique("operatore-rest");
        admin.call(() -> accounts.create(new it.wecare.factotum.api.platform.AccountDraft(
                operatorEmail,
                "Operatore Rest",
                "it",
                java.util.Set.of(it.wecare.factotum.api.platform.Role.OPERATOR),
                "operatore-rest-2026")));
        long id = educator.call(() -> traineeships.create(draft(
                worker("Noa", WorkerKind.FACTOTUM),
                worker("Lino", WorkerKind.ARTISAN),
                null,
                TODAY,
                TODAY.plusMonths(6).minusDays(1))));
        educator.call(() -> {
            sensitive.write(
                    id,
                    new SensitiveView("POVERTY", "Servizio adulti in difficoltà", null, null, null, null, null, -1));
            return null;
        });
        Instant before = Instant.now().minusSeconds(1);
        String educatorAuth = InContainerAccounts.EDUCATOR_PASSWORD;

        HttpResponse<String> detail = get("/api/v1/traineeships/" + id, AsEducator.EMAIL, educatorAuth);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body())
                .contains("\"traineeName\"", "Noa", "\"state\":\"DRAFT\"")
                .doesNotContain("POVERTY");
        assertThat(get("/api/v1/traineeships", AsEducator.EMAIL, educatorAuth).body())
                .contains("\"id\":" + id);

        HttpResponse<String> section = get("/api/v1/traineeships/" + id + "/sensitive", AsEducator.EMAIL, educatorAuth);
        assertThat(section.statusCode()).isEqualTo(200);
        assertThat(section.body()).contains("POVERTY", "Servizio adulti in difficoltà");
        assertThat(admin.call(() -> audit.count("TRAINEE_SENSITIVE_READ", "Traineeship", String.valueOf(id), before)))
                .as("the REST read is audited as the page's is")
                .isEqualTo(1);

        HttpResponse<String> asOperator =
                get("/api/v1/traineeships/" + id + "/sensitive", operatorEmail, "operatore-rest-2026");
        assertThat(asOperator.statusCode()).isEqualTo(403);
        assertThat(asOperator.body()).doesNotContain("POVERTY");
        assertThat(get("/api/v1/traineeships/" + id, operatorEmail, "operatore-rest-2026")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/traineeships/" + id + "/sensitive", null, null).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/v1/traineeships/999999999/sensitive", AsEducator.EMAIL, educatorAuth)
                        .statusCode())
                .isEqualTo(404);
        assertThat(admin.call(() -> audit.count("TRAINEE_SENSITIVE_READ", "Traineeship", String.valueOf(id), before)))
                .as("a refused read reads nothing")
                .isEqualTo(1);

        // the pages' downloads: the project to sign, the month's allowance statement (administrators only)
        String administratorEmail = InContainerAccounts.unique("amministrazione");
        admin.call(() -> accounts.create(new it.wecare.factotum.api.platform.AccountDraft(
                administratorEmail,
                "Amministrazione",
                "it",
                java.util.Set.of(it.wecare.factotum.api.platform.Role.ADMIN),
                "amministrazione-2026")));
        PagesClient administrator = new PagesClient(SERVER);
        administrator.login(administratorEmail, "amministrazione-2026");
        HttpResponse<String> project = administrator.get("/backoffice/traineeship-document?id=" + id + "&project=1");
        assertThat(project.statusCode()).isEqualTo(200);
        assertThat(project.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(project.body()).startsWith("%PDF-");
        assertThat(administrator
                        .get("/backoffice/traineeship-document?id=" + id + "&doc=999999999")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> dossier = administrator.get("/backoffice/traineeship.xhtml?id=" + id);
        assertThat(dossier.statusCode()).as("the dossier page renders").isEqualTo(200);
        assertThat(dossier.body())
                .contains("id=\"documents\"", "traineeship-document?id=" + id + "&amp;project=1")
                .doesNotContain("id=\"errorId\"", "Caused by");
        HttpResponse<String> statement =
                administrator.get("/backoffice/admin/allowances.csv?month=" + YearMonth.from(TODAY));
        assertThat(statement.statusCode()).isEqualTo(200);
        assertThat(statement.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(statement.body())
                .startsWith("\uFEFFTirocinio;Tirocinante;Soggetto ospitante")
                .contains("Totale");
        HttpResponse<String> badMonth = administrator.get("/backoffice/admin/allowances.csv?month=novembre");
        assertThat(badMonth.statusCode()).isEqualTo(400);
        assertThat(badMonth.body()).contains("Mese").doesNotContain("Caused by", "Exception");
        PagesClient theEducator = new PagesClient(SERVER);
        theEducator.login(AsEducator.EMAIL, educatorAuth);
        assertThat(theEducator
                        .get("/backoffice/admin/allowances.csv?month=" + YearMonth.from(TODAY))
                        .statusCode())
                .as("the statement is the administration's")
                .isEqualTo(403);
        assertThat(theEducator
                        .get("/backoffice/traineeship-document?id=" + id + "&project=1")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> educatorDossier = theEducator.get("/backoffice/traineeship.xhtml?id=" + id);
        assertThat(educatorDossier.statusCode()).isEqualTo(200);
        assertThat(educatorDossier.body()).contains("id=\"documents\"").doesNotContain("id=\"errorId\"");
    }

    private static HttpResponse<String> get(String path, String email, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SERVER + path))
                .header("Accept", "application/json")
                .GET();
        if (email != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request done today by {@code worker} in {@code hours}: submitted, quoted, accepted, scheduled, completed. */
    private long completedJob(long worker, BigDecimal hours) throws Exception {
        String client = InContainerAccounts.unique("cliente-tirocinio");
        long id = submissions
                .submit(
                        new RequestDraft(
                                "potatura",
                                "Potare la siepe del cortile.",
                                "001272",
                                "Via Roma 1",
                                null,
                                TODAY,
                                TODAY.plusDays(10),
                                TimeOfDay.ANY,
                                null,
                                null,
                                "Giulia Verdi",
                                client,
                                "+39 011 555 1234",
                                null,
                                "it",
                                true,
                                Channel.WEB,
                                null),
                        null)
                .id();
        RequestView submitted = admin.call(() -> desk.view(id, "it"));
        RequestView inReview =
                admin.call(() -> desk.act(id, RequestAction.TAKE_IN_REVIEW, submitted.version(), null, "it"));
        var proposal = admin.call(() -> assignments.propose(id, worker, inReview.version(), "chosen by the test"));
        admin.call(() -> assignments.answerFor(proposal.id(), true, null, "it"));
        admin.call(() -> quotes.writeQuote(
                id,
                new QuoteDraft(
                        List.of(new QuoteDraft.Line(
                                "Potatura siepe", new BigDecimal("3"), new BigDecimal("30"), new BigDecimal("22"))),
                        TODAY.plusDays(5))));
        RequestView assigned = admin.call(() -> desk.view(id, "it"));
        admin.call(() -> quotes.sendQuote(id, assigned.version(), "it"));
        Matcher m = TOKEN.matcher(inbox().await(id, "QUOTE_READY", client));
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        quotes.answerQuote(token, tracking.track(token).version(), true, null);
        long v = admin.call(() -> desk.view(id, "it")).version();
        admin.call(() -> {
            jobs.schedule(id, v, TODAY, LocalTime.of(7, 0), 180);
            return null;
        });
        long v2 = admin.call(() -> desk.view(id, "it")).version();
        admin.call(() -> {
            jobs.complete(id, v2, hours, "Fatto con il tutor");
            return null;
        });
        assertThat(admin.call(() -> desk.view(id, "it")).state()).isEqualTo(RequestState.COMPLETED);
        return id;
    }

    /** {@code day}, or the first working day after it (checkpoints never fall on week-ends or holidays). */
    private static LocalDate workingDayFrom(LocalDate day) {
        LocalDate working = day;
        while (!ItalianHolidays.isWorkingDay(working)) {
            working = working.plusDays(1);
        }
        return working;
    }
}
