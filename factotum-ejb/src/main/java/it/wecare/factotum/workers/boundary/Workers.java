package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.InvitationDraft;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.workers.WorkerKind;
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
import it.wecare.factotum.platform.boundary.SignIn;
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
    SignIn signIn;

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
        // the trainee marker (period, tutor, educator) is the traineeship's to write (markTrainee): the
        // form shows it and leaves it as it is
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

    /** The worker the caller logs in as, if the caller's account is a worker's login. */
    @RolesAllowed(Role.WORKER_NAME)
    public Optional<WorkerForm> mine() {
        return signIn.me()
                .flatMap(me -> em
                        .createQuery("SELECT w.id FROM Worker w WHERE w.accountId = :account", Long.class)
                        .setParameter("account", me.id())
                        .getResultList()
                        .stream()
                        .findFirst())
                .map(this::formOf);
    }

    /**
     * Marks the worker as a trainee from–to with the host tutor and the educator, or clears the marker
     * ({@code from} null): what an ACTIVE traineeship says, for matching, ratings and the educators' scope.
     *
     * @throws InvalidInput naming {@code tutorId} for a tutor who is not an active artisan, {@code endsOn}
     *     for a period the marker cannot hold
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
    public void markTrainee(long workerId, LocalDate from, LocalDate to, Long tutorId, Long educatorId) {
        Worker worker = find(workerId);
        try {
            if (from == null) {
                worker.trainee(null, null, null, null);
            } else {
                worker.trainee(from, to, find(tutorId), educatorId);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("tutorId", "worker.error.training");
        }
        em.flush();
        changed.fire(new WorkerChanged(worker.getId()));
    }

    /** The educators who can follow a trainee: active accounts holding the EDUCATOR role (id → name). */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Map<Long, String> educators() {
        Map<Long, String> educators = new LinkedHashMap<>();
        accounts.activeWith(Role.EDUCATOR).forEach(a -> educators.put(a.id(), a.displayName()));
        return educators;
    }

    /** The artisans who can tutor a trainee (id → name). */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
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

    /** How many workers offer the subcategory {@code code}. */
    @PermitAll
    public long offering(String code) {
        return em.createQuery(
                        "SELECT COUNT(w) FROM Worker w JOIN w.skills s WHERE s.subcategoryCode = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
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
