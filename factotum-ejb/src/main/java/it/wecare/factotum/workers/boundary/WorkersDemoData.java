package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.DemoDataRequested;
import it.wecare.factotum.workers.control.DemoWorkforce;
import it.wecare.factotum.workers.entity.Area;
import it.wecare.factotum.workers.entity.Team;
import it.wecare.factotum.workers.entity.Worker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** About 150 workers across Piedmont for demo mode; loaded once (skipped when workers exist). */
@ApplicationScoped
public class WorkersDemoData {

    static final int WORKERS = 150;
    static final long SEED = 20261126L;

    /** Comuni of Piedmont where the demo workers live and work (names as ISTAT writes them, province). */
    static final String[][] PLACES = {
        {"Torino", "TO"}, {"Moncalieri", "TO"}, {"Collegno", "TO"}, {"Rivoli", "TO"}, {"Nichelino", "TO"},
        {"Settimo Torinese", "TO"}, {"Grugliasco", "TO"}, {"Chieri", "TO"}, {"Pinerolo", "TO"}, {"Ivrea", "TO"},
        {"Venaria Reale", "TO"}, {"Orbassano", "TO"}, {"Cuneo", "CN"}, {"Alba", "CN"}, {"Bra", "CN"},
        {"Mondovì", "CN"}, {"Saluzzo", "CN"}, {"Asti", "AT"}, {"Alessandria", "AL"}, {"Casale Monferrato", "AL"},
        {"Novi Ligure", "AL"}, {"Biella", "BI"}, {"Vercelli", "VC"}, {"Novara", "NO"}, {"Verbania", "VB"}
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    Comuni comuni;

    @Inject
    Catalog catalog;

    @Inject
    AuditLog audit;

    @Inject
    Event<WorkersImported> imported;

    @Inject
    Event<DemoTrainees> demoTrainees;

    @Inject
    Accounts accounts;

    Clock clock = Clock.systemUTC();

    /** The demo's worker login (see {@code DemoAccounts}). */
    static final String DEMO_LOGIN = "lavoratore@demo.factotum.it";

    /** {@code nome.cognome@lavoratori.demo.factotum.it}, made unique with a number. */
    private static String demoEmail(String first, String last, Set<String> taken) {
        String base = Normalizer.normalize(first + "." + last, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z.]", "");
        String email = base + "@lavoratori.demo.factotum.it";
        for (int n = 2; taken.contains(email); n++) {
            email = base + n + "@lavoratori.demo.factotum.it";
        }
        return email;
    }

    void load(@Observes DemoDataRequested request) {
        long existing =
                em.createQuery("SELECT COUNT(w) FROM Worker w", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        List<ComuneSummary> places = new ArrayList<>();
        for (String[] place : PLACES) {
            comuni.suggest(place[0], 20).stream()
                    .filter(c -> c.name().equalsIgnoreCase(place[0])
                            && c.provinceCode().equals(place[1]))
                    .findFirst()
                    .ifPresent(places::add);
        }
        List<String> services = new ArrayList<>(catalog.subcategoryNames("it").keySet());
        if (places.isEmpty() || services.isEmpty()) {
            return;
        }
        List<Worker> artisans = new ArrayList<>();
        List<Worker> trainees = new ArrayList<>();
        List<Worker> formerCandidates = new ArrayList<>();
        Optional<AccountSummary> login = accounts.activeWith(Role.WORKER).stream()
                .filter(a -> a.email().equals(DEMO_LOGIN))
                .findFirst();
        Set<String> emails = new HashSet<>();
        int index = 0;
        for (DemoWorkforce.Person p : DemoWorkforce.generate(SEED, WORKERS, places.size(), services)) {
            // the demo's worker login is the first factotum who is not a trainee, under the login's name
            boolean loggingIn = login.isPresent()
                    && p.kind() == WorkerKind.FACTOTUM
                    && !p.trainee()
                    && emails.stream().noneMatch(DEMO_LOGIN::equals);
            String first = loggingIn ? "Ahmed" : p.firstName();
            String last = loggingIn ? "Kone" : p.lastName();
            Worker w = new Worker(p.kind(), first, last, clock.instant());
            // every demo worker is reachable by email (the demo mailbox keeps what is sent); a few have no
            // email at all, as some workers do, and are told by phone
            String email = loggingIn ? DEMO_LOGIN : index % 10 == 9 ? null : demoEmail(first, last, emails);
            w.contact(email, String.format("+39 333 %07d", 1_000_000 + index * 7919 % 9_000_000));
            if (email != null) {
                emails.add(email);
            }
            if (loggingIn) {
                w.logInAs(login.get().id());
            }
            index++;
            w.setHourlyRate(p.hourlyRate());
            w.describe(p.bioIt(), p.bioEn());
            w.speaks(p.languages());
            w.mobility(p.drivingLicence(), p.vehicle());
            w.belongTo(p.organisation());
            ComuneSummary home = places.get(p.homeComune());
            w.liveIn(home.istatCode());
            Set<Area> areas = new HashSet<>();
            areas.add(Area.comune(home.istatCode()));
            p.otherComuni().forEach(i -> areas.add(Area.comune(places.get(i).istatCode())));
            if (p.wholeProvince()) {
                areas.add(Area.province(home.provinceCode()));
            }
            w.serve(areas);
            w.offer(p.skills());
            w.publicProfile(p.consent(), p.pseudonym(), clock.instant());
            em.persist(w);
            if (p.kind() == WorkerKind.ARTISAN) {
                artisans.add(w);
            }
            if (p.trainee()) {
                trainees.add(w);
            } else if (p.kind() == WorkerKind.FACTOTUM && !loggingIn && email != null) {
                formerCandidates.add(w);
            }
        }
        em.flush();
        LocalDate today = LocalDate.now(clock);
        Long educator = accounts.activeWith(Role.EDUCATOR).stream()
                .findFirst()
                .map(AccountSummary::id)
                .orElse(null);
        List<DemoTrainees.Trainee> current = new ArrayList<>();
        for (int i = 0; i < trainees.size() && !artisans.isEmpty(); i++) {
            LocalDate start = today.minusDays((i * 11L) % 160);
            Worker tutor = artisans.get(i % artisans.size());
            LocalDate end = start.plusMonths(6).minusDays(1);
            trainees.get(i).trainee(start, end, tutor, educator);
            current.add(new DemoTrainees.Trainee(trainees.get(i).getId(), tutor.getId(), start, end));
        }
        // a few who trained before (one joined a team) and one whose project is still being written
        List<Long> former = new ArrayList<>();
        for (Worker w : formerCandidates) {
            if (former.size() < 3) {
                former.add(w.getId());
            }
        }
        // two operative teams; the first former trainee joined the second one when the traineeship ended
        Long joinedTeam = null;
        if (artisans.size() >= 2 && formerCandidates.size() >= 6) {
            em.persist(new Team(
                    "Squadra traslochi e sgomberi",
                    artisans.get(0),
                    Set.of(formerCandidates.get(4), formerCandidates.get(5))));
            Team green = new Team(
                    "Squadra verde e tinteggiature",
                    artisans.get(1),
                    Set.of(formerCandidates.get(0), formerCandidates.get(3)));
            em.persist(green);
            em.flush();
            joinedTeam = green.getId();
        }
        audit.recordAs(request.actor(), "DEMO_WORKERS_CREATED", "Worker", null, WORKERS + " workers");
        imported.fire(new WorkersImported(WORKERS));
        demoTrainees.fire(new DemoTrainees(
                current, former, artisans.stream().map(Worker::getId).toList(), educator, joinedTeam));
    }
}
