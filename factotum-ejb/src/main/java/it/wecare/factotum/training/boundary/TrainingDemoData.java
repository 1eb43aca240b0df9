package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.LicenceStep;
import it.wecare.factotum.api.training.TraineeGroup;
import it.wecare.factotum.api.training.TraineeshipAction;
import it.wecare.factotum.api.training.TraineeshipKind;
import it.wecare.factotum.api.training.TraineeshipOutcome;
import it.wecare.factotum.api.training.TrainingActivity;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.training.control.ItalianHolidays;
import it.wecare.factotum.training.entity.TraineeSensitive;
import it.wecare.factotum.training.entity.Traineeship;
import it.wecare.factotum.training.entity.TrainingHours;
import it.wecare.factotum.workers.boundary.DemoTrainees;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's traineeships: one for each trainee the demo's workers hold (one of them suspended), with the
 * hours of the weeks gone by and a checkpoint a month (some late), and the history of three others — one
 * completed a year ago, assessed, signed and joined to a team (its six-month follow-up due), one interrupted
 * when the trainee found a job, one still a draft — so that an educator's pages mean something on the first
 * start.
 */
@ApplicationScoped
public class TrainingDemoData {

    static final String ACTOR = "educatrice@demo.factotum.it";
    static final String HOST = "Cooperativa Factotum – laboratorio di Torino";

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    TrainingRules rules;

    @Inject
    AuditLog audit;

    @Inject
    TrainingDemoDocuments documents;

    void load(@Observes DemoTrainees demo) {
        if (em.createQuery("SELECT COUNT(t) FROM Traineeship t", Long.class).getSingleResult() > 0
                || demo.artisans().isEmpty()) {
            return;
        }
        List<String> services = new ArrayList<>(catalog.subcategoryNames("it").keySet());
        LocalDate today = rules.today();
        Instant now = rules.now();
        int i = 0;
        boolean licenceShown = false;
        List<Long> signedProjects = new ArrayList<>();
        Long certified = null;
        for (DemoTrainees.Trainee t : demo.current()) {
            Traineeship traineeship =
                    traineeship(t.workerId(), t.tutorId(), demo.educatorId(), t.from(), t.to(), services, i, now);
            traineeship.act(TraineeshipAction.START, null, ACTOR, t.from(), now);
            em.persist(traineeship);
            em.flush();
            signedProjects.add(traineeship.getId());
            // most keep to the plan; every third is behind on hours and late with its checkpoint
            hours(traineeship, t.from(), i == 1 ? today.minusDays(5) : today.minusDays(1), i % 3 == 2 ? 2 : 4, now);
            checkpoints(traineeship, i == 1 ? today.minusDays(5) : today, i % 3 == 2, today, now);
            if (i == 1) {
                traineeship.act(
                        TraineeshipAction.SUSPEND,
                        "Malattia: certificato medico di due settimane",
                        ACTOR,
                        today.minusDays(4),
                        now);
            }
            if (!licenceShown && i != 1 && t.from().isBefore(today.minusMonths(3))) {
                // the first trainee well into the traineeship asked for the licence: theory passed, lessons
                licence(traineeship, t.from(), false, today, now);
                licenceShown = true;
            }
            if (i == 0) {
                sensitive(
                        traineeship.getId(),
                        "INTERNATIONAL_PROTECTION",
                        "SAI – Servizio accoglienza del Comune di Torino",
                        "Titolare di protezione internazionale, permesso di soggiorno valido",
                        now);
            }
            i++;
        }
        List<Long> former = demo.former();
        long tutor = demo.artisans().get(0);
        if (!former.isEmpty()) {
            LocalDate start = today.minusMonths(13).with(DayOfWeek.MONDAY);
            Traineeship done = traineeship(
                    former.get(0),
                    tutor,
                    demo.educatorId(),
                    start,
                    start.plusMonths(6).minusDays(1),
                    services,
                    7,
                    now);
            done.act(TraineeshipAction.START, null, ACTOR, start, now);
            em.persist(done);
            em.flush();
            LocalDate end = start.plusMonths(6).minusDays(1);
            hours(done, start, end, 4, now);
            checkpoints(done, end, false, today, now);
            licence(done, start, true, today, now);
            done.act(
                    TraineeshipAction.COMPLETE,
                    "Obiettivi raggiunti: entra nella squadra del laboratorio",
                    ACTOR,
                    end,
                    now);
            // assessed and signed a few days after the end; the follow-up at six months is due, not done yet
            Map<Long, Integer> reached = new HashMap<>();
            done.getObjectives().forEach(o -> reached.put(o.getId(), o.getTargetLevel()));
            LocalDate signed = end.plusDays(3);
            done.assess(
                    new Traineeship.Assessment(
                            reached,
                            demo.joinedTeamId() == null ? TraineeshipOutcome.EMPLOYED : TraineeshipOutcome.JOINED_TEAM,
                            "Autonomo nei lavori di manutenzione; puntuale e attento con i clienti.",
                            signed,
                            signed,
                            demo.joinedTeamId()),
                    TraineeshipProgress.FOLLOW_UP_MONTHS,
                    ACTOR,
                    signed,
                    now);
            em.flush();
            signedProjects.add(done.getId());
            certified = done.getId();
            sensitive(done.getId(), "POVERTY", "Servizi sociali della Circoscrizione 6", null, now);
        }
        if (former.size() > 1) {
            LocalDate start = today.minusMonths(5).with(DayOfWeek.MONDAY);
            Traineeship stopped = traineeship(
                    former.get(1),
                    tutor,
                    demo.educatorId(),
                    start,
                    start.plusMonths(6).minusDays(1),
                    services,
                    3,
                    now);
            stopped.act(TraineeshipAction.START, null, ACTOR, start, now);
            em.persist(stopped);
            em.flush();
            signedProjects.add(stopped.getId());
            hours(stopped, start, start.plusWeeks(6), 4, now);
            stopped.act(
                    TraineeshipAction.INTERRUPT,
                    "Trasferimento in un'altra città per lavoro",
                    ACTOR,
                    start.plusWeeks(6),
                    now);
            Map<Long, Integer> partly = new HashMap<>();
            stopped.getObjectives().forEach(o -> partly.put(o.getId(), Math.max(1, o.getTargetLevel() - 1)));
            stopped.assess(
                    new Traineeship.Assessment(
                            partly,
                            TraineeshipOutcome.EMPLOYED,
                            "Assunto da un'impresa edile di Milano: il percorso si chiude prima della fine.",
                            null,
                            null,
                            null),
                    TraineeshipProgress.FOLLOW_UP_MONTHS,
                    ACTOR,
                    start.plusWeeks(7),
                    now);
        }
        if (former.size() > 2) {
            LocalDate start = today.plusMonths(1).with(DayOfWeek.MONDAY);
            em.persist(traineeship(
                    former.get(2),
                    tutor,
                    demo.educatorId(),
                    start,
                    start.plusMonths(6).minusDays(1),
                    services,
                    5,
                    now));
        }
        em.flush();
        documents.keep(signedProjects, certified);
        audit.recordAs(
                "demo",
                "DEMO_TRAINEESHIPS_CREATED",
                TrainingScope.RECORD_TYPE,
                null,
                (i + Math.min(3, former.size())) + " traineeships");
    }

    private Traineeship traineeship(
            long worker,
            long tutor,
            Long educator,
            LocalDate from,
            LocalDate to,
            List<String> services,
            int i,
            Instant now) {
        List<Traineeship.Objective> objectives = new ArrayList<>();
        if (!services.isEmpty()) {
            String first = services.get((i * 7) % services.size());
            String second = services.get((i * 7 + 3) % services.size());
            objectives.add(new Traineeship.Objective(first, "Preparare il lavoro e gli attrezzi, in sicurezza", 3));
            objectives.add(new Traineeship.Objective(second, "Eseguire il lavoro con il tutor e poi da solo", 3));
            objectives.add(
                    new Traineeship.Objective(first, "Parlare con il cliente e tenere in ordine il cantiere", 2));
        }
        return new Traineeship(
                worker,
                new Traineeship.Project(
                        educator,
                        tutor,
                        null,
                        i % 4 == 3 ? TraineeshipKind.INCLUSION : TraineeshipKind.EXTRACURRICULAR,
                        i % 4 == 3 ? TraineeGroup.DISADVANTAGED : TraineeGroup.ORDINARY,
                        HOST,
                        160,
                        "Via Cigna 96/17, Torino",
                        from,
                        to,
                        new BigDecimal("20"),
                        new BigDecimal("600"),
                        "Manutentore edile e del verde",
                        "Affiancamento al tutor nei lavori presso i clienti; formazione in laboratorio; corso sulla sicurezza.",
                        "PAT 12345678",
                        "RC 2026/0042",
                        objectives),
                ACTOR,
                now);
    }

    /**
     * A checkpoint each month from the start to {@code until}, the scores climbing towards each objective's
     * target; {@code late} leaves the last one out, so it shows as overdue.
     */
    private void checkpoints(Traineeship t, LocalDate until, boolean late, LocalDate today, Instant now) {
        em.flush(); // the objectives' ids
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = t.getStartsOn().plusMonths(1); !day.isAfter(until); day = day.plusMonths(1)) {
            days.add(day.plusDays(2).isAfter(until) ? day : day.plusDays(2));
        }
        if (late && !days.isEmpty()) {
            days.remove(days.size() - 1);
        }
        String[] notes = {
            "Si è inserito bene nella squadra; chiede quando non sa.",
            "Più sicuro con gli attrezzi; da curare la puntualità al mattino.",
            "Lavora in autonomia sulle parti semplici; con il cliente ancora timido.",
            "Buoni progressi; il tutor lo lascia fare da solo le finiture.",
            "Pronto per lavori completi con il tutor a fianco.",
        };
        int k = 0;
        for (LocalDate day : days) {
            Map<Long, Integer> scores = new HashMap<>();
            int step = k;
            t.getObjectives().forEach(o -> scores.put(o.getId(), Math.min(o.getTargetLevel(), 1 + (step + 1) / 2)));
            t.recordCheckpoint(
                    day,
                    scores,
                    notes[k % notes.length],
                    k % 2 == 0 ? "Lavori di tinteggiatura con il tutor" : "Corso sulla sicurezza e uso della scala",
                    ACTOR,
                    today,
                    now);
            k++;
        }
    }

    /** A driving-licence pathway from {@code from}: enrolment, theory (passed the second time), lessons, and the exam. */
    private void licence(Traineeship t, LocalDate from, boolean toTheEnd, LocalDate today, Instant now) {
        List<Traineeship.LicenceEntry> steps = new ArrayList<>(List.of(
                new Traineeship.LicenceEntry(
                        LicenceStep.ENROLLED,
                        from.plusDays(7),
                        null,
                        null,
                        new BigDecimal("380"),
                        "Autoscuola Dora – Corso Giulio Cesare, Torino",
                        "Iscrizione e visita medica"),
                new Traineeship.LicenceEntry(
                        LicenceStep.THEORY_EXAM, from.plusDays(40), false, null, null, null, "Da ripassare i segnali"),
                new Traineeship.LicenceEntry(
                        LicenceStep.THEORY_EXAM, from.plusDays(55), true, null, new BigDecimal("40"), null, null),
                new Traineeship.LicenceEntry(
                        LicenceStep.PRACTICE_LESSONS, from.plusDays(60), null, 6, new BigDecimal("180"), null, null)));
        if (toTheEnd) {
            steps.add(new Traineeship.LicenceEntry(
                    LicenceStep.PRACTICE_LESSONS, from.plusDays(75), null, 4, new BigDecimal("120"), null, null));
            steps.add(new Traineeship.LicenceEntry(
                    LicenceStep.DRIVING_EXAM, from.plusDays(90), true, null, new BigDecimal("60"), null, "Patente B"));
        }
        for (Traineeship.LicenceEntry step : steps) {
            if (!step.day().isAfter(today)) {
                t.recordLicenceStep(step, ACTOR, today, now);
            }
        }
    }

    /** Workshop mornings on the working days from {@code from} to {@code to}, a course and a monthly meeting. */
    private void hours(Traineeship t, LocalDate from, LocalDate to, int perDay, Instant now) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!ItalianHolidays.isWorkingDay(day)) {
                continue;
            }
            TrainingActivity activity = day.getDayOfMonth() <= 7 && day.getDayOfWeek() == DayOfWeek.FRIDAY
                    ? TrainingActivity.MEETING
                    : day.getDayOfWeek() == DayOfWeek.WEDNESDAY && day.getDayOfMonth() <= 7
                            ? TrainingActivity.COURSE
                            : TrainingActivity.WORKSHOP;
            em.persist(new TrainingHours(
                    t.getId(),
                    day,
                    BigDecimal.valueOf(activity == TrainingActivity.MEETING ? 1 : perDay),
                    activity,
                    activity == TrainingActivity.COURSE ? "Sicurezza sul lavoro (D.Lgs. 81/2008)" : null,
                    null,
                    ACTOR,
                    now));
        }
    }

    private void sensitive(long traineeship, String vulnerability, String service, String legal, Instant now) {
        TraineeSensitive s = new TraineeSensitive(traineeship);
        s.write(vulnerability, service, legal, null, "Colloqui regolari; motivata, puntuale.", ACTOR, now);
        em.persist(s);
    }
}
