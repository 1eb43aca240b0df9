package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.workers.entity.Team;
import it.wecare.factotum.workers.entity.Worker;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Teams of workers: a lead and members, who do jobs together. */
@Stateless
public class Teams {

    static final String RECORD_TYPE = "Team";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public List<TeamForm> all() {
        return em.createQuery("SELECT t FROM Team t ORDER BY t.name", Team.class).getResultList().stream()
                .map(Teams::form)
                .toList();
    }

    /** The active workers who can be in a team, by surname ("Surname Name", their kind for the page to name). */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public List<TeamView.Mate> candidates() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        return em
                .createQuery(
                        "SELECT w FROM Worker w WHERE w.active = TRUE ORDER BY w.lastName, w.firstName", Worker.class)
                .getResultList()
                .stream()
                .map(w -> new TeamView.Mate(
                        w.getId(), w.getLastName() + " " + w.getFirstName(), w.getKind(), w.isTraineeOn(today)))
                .toList();
    }

    /**
     * Creates or changes a team.
     *
     * @throws InvalidInput naming {@code members} when only the lead is in it
     * @throws ConflictingChange when someone changed the team meanwhile
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public long save(@NotNull @Valid TeamForm form) {
        Worker lead = worker(form.leadId());
        Set<Worker> members = new HashSet<>();
        form.memberIds().forEach(id -> members.add(worker(id)));
        Team team;
        try {
            if (form.id() == null) {
                team = new Team(form.name(), lead, members);
                em.persist(team);
            } else {
                team = em.find(Team.class, form.id());
                if (team == null) {
                    throw new RecordNotFound(RECORD_TYPE, form.id());
                }
                if (team.getVersion() != form.version()) {
                    throw new ConflictingChange(ConflictingChange.STALE, "team " + form.id() + " changed meanwhile");
                }
                team.compose(form.name(), lead, members);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("members", "team.error.members");
        }
        team.setActive(form.active());
        em.flush();
        audit.record(form.id() == null ? "TEAM_CREATED" : "TEAM_CHANGED", RECORD_TYPE, team.getId(), team.getName());
        return team.getId();
    }

    /**
     * The active teams led by any of {@code leadIds}, with their active members (the lead is not among
     * them), for matching's team suggestions. A team left without an active member is left out.
     */
    @PermitAll
    public List<TeamView> ledBy(Collection<Long> leadIds) {
        if (leadIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        return em
                .createQuery(
                        "SELECT t FROM Team t WHERE t.active = TRUE AND t.lead.id IN :leads ORDER BY t.id", Team.class)
                .setParameter("leads", List.copyOf(leadIds))
                .getResultList()
                .stream()
                .map(t -> new TeamView(
                        t.getId(),
                        t.getName(),
                        t.getLead().getId(),
                        t.getMembers().stream()
                                .filter(Worker::isActive)
                                .sorted(Comparator.comparing(Worker::getId))
                                .map(w -> new TeamView.Mate(
                                        w.getId(),
                                        w.getFirstName() + " " + w.getLastName(),
                                        w.getKind(),
                                        w.isTraineeOn(today)))
                                .toList()))
                .filter(t -> !t.mates().isEmpty())
                .toList();
    }

    /** The active teams' names by id, for a form that picks one. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Map<Long, String> activeNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("SELECT t FROM Team t WHERE t.active = TRUE ORDER BY t.name", Team.class)
                .getResultList()
                .forEach(t -> names.put(t.getId(), t.getName()));
        return names;
    }

    /**
     * Takes the worker {@code workerId} into the active team {@code teamId} (a trainee who completed joins
     * an operative team from the final assessment); nothing changes when they are in it already.
     *
     * @throws InvalidInput naming {@code teamId} for a team that does not exist or is not active
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
    public void admit(long teamId, long workerId, String why) {
        Team team = em.find(Team.class, teamId);
        if (team == null || !team.isActive()) {
            throw new InvalidInput("teamId", "team.error.unknownTeam");
        }
        Worker worker = em.find(Worker.class, workerId);
        if (worker == null) {
            throw new InvalidInput("teamId", "team.error.unknownWorker");
        }
        if (team.admit(worker)) {
            em.flush();
            audit.record(
                    "TEAM_JOINED",
                    RECORD_TYPE,
                    teamId,
                    worker.getFirstName() + " " + worker.getLastName() + ": " + why);
        }
    }

    private Worker worker(Long id) {
        Worker worker = id == null ? null : em.find(Worker.class, id);
        if (worker == null) {
            throw new InvalidInput("members", "team.error.unknownWorker");
        }
        return worker;
    }

    static TeamForm form(Team t) {
        return new TeamForm(
                t.getId(),
                t.getName(),
                t.getLead().getId(),
                t.getMembers().stream().map(Worker::getId).sorted().toList(),
                t.getLead().getFirstName() + " " + t.getLead().getLastName(),
                t.getMembers().stream()
                        .sorted(Comparator.comparing(Worker::getLastName))
                        .map(w -> w.getFirstName() + " " + w.getLastName())
                        .toList(),
                t.isActive(),
                t.getVersion());
    }
}
