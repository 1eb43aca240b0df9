package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.api.workers.WorkerProfile;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.workers.entity.Area;
import it.wecare.factotum.workers.entity.Worker;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What other capabilities ask about workers: who can do a job where (the matching pool), a worker's name,
 * contacts, public profile and review subject, and the sheets the search index reads.
 */
@Stateless
public class WorkerDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkerCounts counts;

    @Inject
    Catalog catalog;

    @Inject
    Comuni comuni;

    @Inject
    Accounts accounts;

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

    /**
     * Whose page shows the review of a job {@code workerId} did on {@code day}: the worker, or for a trainee
     * the tutor and their team (a trainee's page never shows reviews).
     */
    @PermitAll
    public ReviewSubject reviewSubject(long workerId, LocalDate day) {
        Worker worker = em.find(Worker.class, workerId);
        if (worker == null) {
            throw new RecordNotFound(Workers.RECORD_TYPE, workerId);
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

    /** How many active workers there are today, by kind and organisation (null: the cooperative's own). */
    public record Roster(WorkerKind kind, String organisationCode, long active) implements Serializable {}

    /** The active workers by kind and organisation, of one organisation when given. */
    @PermitAll
    public List<Roster> roster(String organisation) {
        var q = em.createQuery(
                "SELECT w.kind, w.organisationCode, COUNT(w) FROM Worker w WHERE w.active = TRUE"
                        + (organisation == null ? "" : " AND w.organisationCode = :org")
                        + " GROUP BY w.kind, w.organisationCode ORDER BY w.kind, w.organisationCode",
                Object[].class);
        if (organisation != null) {
            q.setParameter("org", organisation);
        }
        return q.getResultList().stream()
                .map(row -> new Roster((WorkerKind) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    /** The kind and organisation of a worker (any state); empty when there is none. */
    @PermitAll
    public Optional<WorkerAffiliation> affiliation(long id) {
        Worker worker = em.find(Worker.class, id);
        return worker == null
                ? Optional.empty()
                : Optional.of(new WorkerAffiliation(worker.getId(), worker.getKind(), worker.getOrganisationCode()));
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

    /** The public profile of a worker who consented to one; 404 otherwise. */
    @PermitAll
    public WorkerProfile profile(long id, String language) {
        Worker worker = em.find(Worker.class, id);
        if (worker == null || !worker.hasPublicProfile()) {
            throw new RecordNotFound(Workers.RECORD_TYPE, id);
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
        return found.stream().map(WorkerDirectory::sheet).toList();
    }

    /**
     * Active workers whose first or last name starts with {@code text} (id → "first last", by last name), at
     * most {@code max}: for the pickers of the educators' pages, which must not list every worker.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Map<Long, String> named(String text, int max) {
        Map<Long, String> found = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String start = text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        em.createQuery(
                        "SELECT w FROM Worker w WHERE w.active = TRUE AND (LOWER(w.firstName) LIKE :start"
                                + " OR LOWER(w.lastName) LIKE :start) ORDER BY w.lastName, w.firstName, w.id",
                        Worker.class)
                .setParameter("start", start)
                .setMaxResults(Math.max(1, Math.min(max, 50)))
                .getResultList()
                .forEach(w -> found.put(w.getId(), w.getFirstName() + " " + w.getLastName()));
        return found;
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

    private WorkerProfile profile(Worker w, String language, Map<String, String> serviceNames) {
        WorkerSheet sheet = sheet(w);
        return sheet.profile(language, serviceNames, comuni.labels(sheet.comuni()), comuni.provinces());
    }

    private long count(String jpql, String code) {
        var query = em.createQuery(jpql, Long.class);
        if (code != null) {
            query.setParameter("code", code);
        }
        return query.getSingleResult();
    }
}
