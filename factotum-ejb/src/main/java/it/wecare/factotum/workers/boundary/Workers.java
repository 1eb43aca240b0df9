package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.InvitationDraft;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.api.workers.WorkerProfile;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.catalog.boundary.CategoryUsage;
import it.wecare.factotum.partners.boundary.Organisations;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.Page;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.workers.entity.Area;
import it.wecare.factotum.workers.entity.Worker;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Workers: the back-office list and form, and the public profiles of those who consented. */
@Stateless
public class Workers {

    static final String RECORD_TYPE = "Worker";
    private static final Map<String, String> SORTABLE = Map.of(
            "lastName", "w.lastName",
            "kind", "w.kind",
            "organisationCode", "w.organisationCode",
            "createdAt", "w.createdAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkerCounts counts;

    @Inject
    AuditLog audit;

    @Inject
    Catalog catalog;

    @Inject
    Comuni comuni;

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    @Inject
    Event<WorkerChanged> changed;

    @Inject
    Trainees trainees;

    Clock clock = Clock.systemUTC();

    /** One page of workers for the back-office. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Page<WorkerRow> page(WorkerQuery query, int first, int pageSize) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        Optional<Set<Long>> followed = trainees.followedByCaller();
        if (followed.isPresent()) {
            if (followed.get().isEmpty()) {
                return new Page<>(List.of(), 0);
            }
            where.append(" AND w.id IN :followed");
            parameters.put("followed", followed.get());
        }
        if (query.name() != null && !query.name().isBlank()) {
            where.append(" AND (LOWER(w.firstName) LIKE :name OR LOWER(w.lastName) LIKE :name)");
            parameters.put(
                    "name", "%" + query.name().trim().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (query.kind() != null) {
            where.append(" AND w.kind = :kind");
            parameters.put("kind", query.kind());
        }
        if (query.organisationCode() != null && !query.organisationCode().isBlank()) {
            where.append(" AND w.organisationCode = :organisation");
            parameters.put("organisation", query.organisationCode());
        }
        if (query.active() != null) {
            where.append(" AND w.active = :active");
            parameters.put("active", query.active());
        }
        String order = SORTABLE.getOrDefault(query.sortBy(), "w.lastName") + (query.ascending() ? " ASC" : " DESC");
        TypedQuery<Worker> select =
                em.createQuery("SELECT w FROM Worker w" + where + " ORDER BY " + order + ", w.id", Worker.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(w) FROM Worker w" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<WorkerRow> rows = select
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 200)))
                .getResultList()
                .stream()
                .map(w -> new WorkerRow(
                        w.getId(),
                        w.getFirstName(),
                        w.getLastName(),
                        w.getKind(),
                        w.getOrganisationCode(),
                        w.getSkills().size(),
                        w.hasPublicProfile(),
                        w.isTraineeOn(LocalDate.now(clock)),
                        w.isActive()))
                .toList();
        return new Page<>(rows, count.getSingleResult());
    }

    /** The form of one worker. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public WorkerForm form(long id) {
        return formOf(id);
    }

    private WorkerForm formOf(long id) {
        Worker w = find(id);
        return new WorkerForm(
                w.getId(),
                w.getKind(),
                w.getFirstName(),
                w.getLastName(),
                w.isPseudonym(),
                w.getEmail(),
                w.getPhone(),
                w.getBioIt(),
                w.getBioEn(),
                w.languageList(),
                w.isDrivingLicence(),
                w.hasVehicle(),
                w.getHourlyRate(),
                w.getOrganisationCode(),
                w.getHomeComune(),
                w.served(Area.Type.COMUNE),
                w.served(Area.Type.PROVINCE),
                w.skillLevels(),
                w.getPublicConsentAt() != null,
                w.getPublicConsentAt(),
                w.getTrainingFrom(),
                w.getTrainingTo(),
                w.getTutor() == null ? null : w.getTutor().getId(),
                w.getEducatorId(),
                w.isActive(),
                w.getVersion());
    }

    /**
     * Creates or updates a worker.
     *
     * @return the worker's id
     * @throws InvalidInput naming the field, for a rule the form cannot check by itself
     * @throws ConflictingChange when someone else changed the worker meanwhile
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public long save(@NotNull @Valid WorkerForm form) {
        Worker worker;
        boolean created = form.id() == null;
        if (created) {
            worker = new Worker(form.kind(), form.firstName(), form.lastName(), clock.instant());
        } else {
            worker = find(form.id());
            if (worker.getVersion() != form.version()) {
                throw new ConflictingChange(ConflictingChange.STALE, "worker " + form.id() + " changed meanwhile");
            }
            worker.rename(form.firstName(), form.lastName());
            worker.changeKind(form.kind());
        }
        apply(worker, form);
        if (created) {
            em.persist(worker);
        }
        em.flush();
        audit.record(created ? "WORKER_CREATED" : "WORKER_CHANGED", RECORD_TYPE, worker.getId(), worker.publicName());
        changed.fire(new WorkerChanged(worker.getId()));
        return worker.getId();
    }

    private void apply(Worker worker, WorkerForm form) {
        if (form.hourlyRate() != null && form.kind() != WorkerKind.ARTISAN) {
            throw new InvalidInput("hourlyRate", "worker.error.rateForArtisans");
        }
        worker.setHourlyRate(form.hourlyRate());
        worker.contact(form.email(), form.phone());
        worker.describe(form.bioIt(), form.bioEn());
        worker.speaks(form.languages());
        worker.mobility(form.drivingLicence(), form.vehicle());
        if (form.organisationCode() != null
                && !form.organisationCode().isBlank()
                && !organisations.exists(form.organisationCode())) {
            throw new InvalidInput("organisation", "worker.error.organisation");
        }
        worker.belongTo(form.organisationCode());
        if (form.homeComune() != null && !form.homeComune().isBlank()) {
            if (comuni.labels(List.of(form.homeComune())).isEmpty()) {
                throw new InvalidInput("homeComune", "worker.error.comune");
            }
            worker.liveIn(form.homeComune());
        } else {
            worker.liveIn(null);
        }
        Map<String, String> services = catalog.subcategoryNames("it");
        for (String code : form.skills().keySet()) {
            if (!services.containsKey(code)) {
                throw new InvalidInput("skills", "worker.error.skill");
            }
        }
        worker.offer(form.skills());
        Set<Area> areas = new HashSet<>();
        if (comuni.labels(form.comuni()).size() != new HashSet<>(form.comuni()).size()) {
            throw new InvalidInput("comuni", "worker.error.comune");
        }
        form.comuni().forEach(code -> areas.add(Area.comune(code)));
        Map<String, String> provinces = comuni.provinces();
        for (String province : form.provinces()) {
            if (!provinces.containsKey(province)) {
                throw new InvalidInput("provinces", "worker.error.province");
            }
            areas.add(Area.province(province));
        }
        worker.serve(areas);
        worker.publicProfile(form.publicConsent(), form.pseudonym(), clock.instant());
        try {
            worker.trainee(
                    form.trainingFrom(),
                    form.trainingTo(),
                    form.tutorId() == null ? null : find(form.tutorId()),
                    form.educatorId());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("training", "worker.error.training");
        }
        if (form.educatorId() != null && !educators().containsKey(form.educatorId())) {
            throw new InvalidInput("educator", "worker.error.educator");
        }
        worker.setActive(form.active());
    }

    /**
     * The worker's login to the worker area, if invited.
     *
     * @return empty when the worker has none yet
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public Optional<AccountSummary> login(long workerId) {
        Worker worker = find(workerId);
        return worker.getAccountId() == null
                ? Optional.empty()
                : Optional.of(accounts.workerLogin(worker.getAccountId()));
    }

    /**
     * Invites the worker to the worker area by email (an account with the WORKER role), or sends the
     * invitation again when the worker has not chosen a password yet.
     *
     * @throws InvalidInput naming {@code email} when the worker has no email address
     * @throws ConflictingChange when the worker already logs in, or the address belongs to another account
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public AccountSummary inviteLogin(long workerId) {
        Worker worker = find(workerId);
        if (worker.getAccountId() != null) {
            AccountSummary login = accounts.workerLogin(worker.getAccountId());
            if (login.passwordChosen()) {
                throw new ConflictingChange("worker.error.loginExists", "worker " + workerId + " logs in already");
            }
            return accounts.resendWorkerInvitation(login.id());
        }
        if (worker.getEmail() == null || worker.getEmail().isBlank()) {
            throw new InvalidInput("email", "worker.error.emailForLogin");
        }
        String language = worker.languageList().contains("it") ? "it" : "en";
        AccountSummary login = accounts.inviteWorker(new InvitationDraft(
                worker.getEmail(), worker.getFirstName() + " " + worker.getLastName(), language, Set.of(Role.WORKER)));
        worker.logInAs(login.id());
        audit.record("WORKER_LOGIN_INVITED", RECORD_TYPE, worker.getId(), worker.getEmail());
        return login;
    }

    /**
     * The workers who could do a job in {@code subcategoryCode} at {@code comuneCode} (in province
     * {@code provinceCode}): active, with the skill, serving the comune or its whole province; and how many
     * were left out at each of those three steps. Reads ids and a few columns, never whole workers, so it
     * stays fast with 100,000 workers.
     */
    @PermitAll
    public MatchPool pool(String subcategoryCode, String comuneCode, String provinceCode) {
        List<Object[]> rows = em.createQuery(
                        "SELECT DISTINCT w.id, w.firstName, w.lastName, w.kind, r.level, w.homeComune,"
                                + " w.trainingFrom, w.trainingTo, t.id, t.firstName, t.lastName"
                                + " FROM Worker w JOIN w.reach r LEFT JOIN w.tutor t"
                                + " WHERE w.active = TRUE AND r.subcategoryCode = :code AND"
                                + " ((r.areaType = :comuneType AND r.areaCode = :comune)"
                                + " OR (r.areaType = :provinceType AND r.areaCode = :province))"
                                + " ORDER BY w.id",
                        Object[].class)
                .setParameter("code", subcategoryCode)
                .setParameter("comuneType", Area.Type.COMUNE)
                .setParameter("comune", comuneCode)
                .setParameter("provinceType", Area.Type.PROVINCE)
                .setParameter("province", provinceCode)
                .getResultList();
        List<MatchPool.Member> members = rows.stream()
                .map(r -> new MatchPool.Member(
                        (Long) r[0],
                        r[1] + " " + r[2],
                        (WorkerKind) r[3],
                        (SkillLevel) r[4],
                        (String) r[5],
                        (LocalDate) r[6],
                        (LocalDate) r[7],
                        (Long) r[8],
                        r[8] == null ? null : r[9] + " " + r[10]))
                .toList();
        WorkerCounts.Counts counts = this.counts.of(
                subcategoryCode,
                () -> count("SELECT COUNT(w) FROM Worker w", null),
                () -> count("SELECT COUNT(w) FROM Worker w WHERE w.active = TRUE", null),
                () -> count(
                        "SELECT COUNT(w) FROM Worker w JOIN w.skills s WHERE w.active = TRUE AND s.subcategoryCode = :code",
                        subcategoryCode));
        return new MatchPool(
                members,
                counts.all() - counts.active(),
                counts.active() - counts.skilled(),
                Math.max(0, counts.skilled() - members.size()));
    }

    private long count(String jpql, String code) {
        var query = em.createQuery(jpql, Long.class);
        if (code != null) {
            query.setParameter("code", code);
        }
        return query.getSingleResult();
    }

    /**
     * Whose page shows the review of a job {@code workerId} did on {@code day}: the worker, or for a trainee
     * the tutor and their team (a trainee's page never shows reviews).
     */
    @PermitAll
    public ReviewSubject reviewSubject(long workerId, LocalDate day) {
        Worker worker = em.find(Worker.class, workerId);
        if (worker == null) {
            throw new RecordNotFound(RECORD_TYPE, workerId);
        }
        if (!worker.isTraineeOn(day) || worker.getTutor() == null) {
            return new ReviewSubject(worker.getId(), worker.publicName(), null, false);
        }
        Worker tutor = worker.getTutor();
        String team = em.createQuery(
                        "SELECT t.name FROM Team t WHERE t.lead.id = :tutor AND :trainee MEMBER OF t.members"
                                + " ORDER BY t.id",
                        String.class)
                .setParameter("tutor", tutor.getId())
                .setParameter("trainee", worker)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return new ReviewSubject(tutor.getId(), tutor.publicName(), team, true);
    }

    /** The full name of an active worker (for operators assigning jobs); empty when there is none. */
    @PermitAll
    public Optional<String> activeName(long id) {
        Worker worker = em.find(Worker.class, id);
        return worker == null || !worker.isActive()
                ? Optional.empty()
                : Optional.of(worker.getFirstName() + " " + worker.getLastName());
    }

    /**
     * How to reach the given workers (any state): name, the worker's email or else the login's, language.
     * Unknown ids are left out.
     */
    @PermitAll
    public Map<Long, WorkerContact> contacts(Collection<Long> ids) {
        Map<Long, WorkerContact> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (Worker w : em.createQuery("SELECT w FROM Worker w WHERE w.id IN :ids ORDER BY w.id", Worker.class)
                .setParameter("ids", ids)
                .getResultList()) {
            String email = w.getEmail();
            if (email == null && w.getAccountId() != null) {
                email = accounts.emailOf(w.getAccountId()).orElse(null);
            }
            found.put(
                    w.getId(),
                    new WorkerContact(w.getId(), w.getFirstName() + " " + w.getLastName(), w.getKind(), email, "it"));
        }
        return found;
    }

    /** The worker the caller logs in as, if the caller's account is a worker's login. */
    @RolesAllowed(Role.WORKER_NAME)
    public Optional<WorkerForm> mine() {
        return accounts.me()
                .flatMap(me -> em
                        .createQuery("SELECT w.id FROM Worker w WHERE w.accountId = :account", Long.class)
                        .setParameter("account", me.id())
                        .getResultList()
                        .stream()
                        .findFirst())
                .map(this::formOf);
    }

    /** The educators who can follow a trainee: active accounts holding the EDUCATOR role (id → name). */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public Map<Long, String> educators() {
        Map<Long, String> educators = new LinkedHashMap<>();
        accounts.activeWith(Role.EDUCATOR).forEach(a -> educators.put(a.id(), a.displayName()));
        return educators;
    }

    /** The artisans who can tutor a trainee (id → name). */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public Map<Long, String> artisans() {
        Map<Long, String> artisans = new LinkedHashMap<>();
        em.createQuery(
                        "SELECT w FROM Worker w WHERE w.kind = :artisan AND w.active = TRUE ORDER BY w.lastName, w.firstName",
                        Worker.class)
                .setParameter("artisan", WorkerKind.ARTISAN)
                .getResultList()
                .forEach(w -> artisans.put(w.getId(), w.getFirstName() + " " + w.getLastName()));
        return artisans;
    }

    /** The public profile of a worker who consented to one; 404 otherwise. */
    @PermitAll
    public WorkerProfile profile(long id, String language) {
        Worker worker = em.find(Worker.class, id);
        if (worker == null || !worker.hasPublicProfile()) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return profile(worker, language, catalog.subcategoryNames(language));
    }

    /**
     * The search sheets of workers with a public profile whose id is above {@code afterId}, by id, at most
     * {@code limit}: search pages through every worker with this at start and after an import.
     */
    @PermitAll
    public List<WorkerSheet> sheets(long afterId, int limit) {
        List<Worker> found = em.createQuery(
                        "SELECT w FROM Worker w WHERE w.id > :after AND w.active = TRUE"
                                + " AND w.publicConsentAt IS NOT NULL ORDER BY w.id",
                        Worker.class)
                .setParameter("after", afterId)
                .setMaxResults(Math.max(1, Math.min(limit, 5000)))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "w.skills")
                .setHint("eclipselink.batch", "w.areas")
                .setHint("eclipselink.read-only", "true")
                .getResultList();
        return found.stream().map(Workers::sheet).toList();
    }

    /** The search sheet of one worker; empty when the worker has no public profile (or no longer exists). */
    @PermitAll
    public Optional<WorkerSheet> sheet(long id) {
        Worker worker = em.find(Worker.class, id);
        if (worker == null || !worker.hasPublicProfile()) {
            return Optional.empty();
        }
        return Optional.of(sheet(worker));
    }

    private static WorkerSheet sheet(Worker w) {
        return new WorkerSheet(
                w.getId(),
                w.publicName(),
                w.publicName().toLowerCase(Locale.ROOT),
                w.getKind(),
                w.getBioIt(),
                w.getBioEn(),
                w.skillLevels(),
                w.served(Area.Type.COMUNE),
                w.served(Area.Type.PROVINCE),
                w.languageList(),
                w.getHourlyRate(),
                w.getOrganisationCode());
    }

    /** How many workers offer the subcategory {@code code}. */
    @PermitAll
    public long offering(String code) {
        return em.createQuery(
                        "SELECT COUNT(w) FROM Worker w JOIN w.skills s WHERE s.subcategoryCode = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    private WorkerProfile profile(Worker w, String language, Map<String, String> serviceNames) {
        WorkerSheet sheet = sheet(w);
        return sheet.profile(language, serviceNames, comuni.labels(sheet.comuni()), comuni.provinces());
    }

    private Worker find(long id) {
        Worker worker = em.find(Worker.class, id);
        if (worker == null) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return worker;
    }

    /** Tells the catalog which subcategories workers offer, so it never deletes one in use. */
    @ApplicationScoped
    public static class SkillUsage implements CategoryUsage {

        @Inject
        Workers workers;

        @Override
        public long uses(String code) {
            return workers.offering(code);
        }
    }
}
