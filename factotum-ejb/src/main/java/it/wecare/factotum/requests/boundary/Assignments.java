package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.LinkPurpose;
import it.wecare.factotum.platform.control.LinkRefusal;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.requests.control.ProposalDeadline;
import it.wecare.factotum.requests.entity.Assignment;
import it.wecare.factotum.requests.entity.QuoteRequest;
import it.wecare.factotum.workers.boundary.WorkerContact;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Who does the job: an operator proposes it to a worker (or withdraws it); the worker answers from the
 * worker area, from the emailed link or by phone through an operator; the worker's own jobs and history.
 */
@Stateless
public class Assignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    RequestScope scope;

    @Inject
    Comuni comuni;

    @Inject
    Workers workers;

    @Inject
    WorkerDirectory directory;

    @Inject
    Settings settings;

    @Inject
    ActionLinks links;

    @Inject
    Event<JobProposed> jobProposed;

    @Inject
    Event<ProposalAnswered> proposalAnswered;

    @Inject
    Transitions transitions;

    @Resource
    SessionContext session;

    @Inject
    RequestViews views;

    /** The page a worker opens from a proposal email ({@code ?token=}). */
    static final String PROPOSAL_PAGE = "/proposal.xhtml?token=";

    static final String ASSIGNMENT = "Assignment";

    /**
     * Proposes the job to a worker; the request stays IN_REVIEW until the worker accepts. Every proposal
     * says why this worker, on the timeline: matching gives the worker's place among its suggestions, an
     * operator who chooses someone else gives the reason ({@code Matching.propose} is the path pages take).
     *
     * @param note why this worker: the place in the ranking, or the operator's reason
     * @throws InvalidInput naming {@code outsideReason} without a note, {@code action} unless the request is
     *     in review, {@code worker} for an unknown or inactive worker
     * @throws ConflictingChange when the request changed meanwhile, or a worker already holds it
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public AssignmentView propose(long requestId, long workerId, long version, String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInput("outsideReason", "matching.error.reasonRequired");
        }
        QuoteRequest request = transitions.seen(requestId, version);
        if (request.getState() != RequestState.IN_REVIEW) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        String name =
                directory.activeName(workerId).orElseThrow(() -> new InvalidInput("worker", "request.error.worker"));
        if (!views.openAssignments(requestId).isEmpty()) {
            throw new ConflictingChange(
                    "request.error.alreadyProposed", "request " + requestId + " is proposed already");
        }
        Instant now = transitions.now();
        Instant answerBy = ProposalDeadline.of(
                now,
                Duration.ofHours(settings.intValue(Setting.MATCHING_ANSWER_HOURS)),
                request.when().latest(),
                Transitions.ITALY);
        Assignment assignment = new Assignment(request, workerId, Callers.name(session), now, answerBy);
        em.persist(assignment);
        directory.affiliation(workerId).ifPresent(a -> request.heldBy(a.kind(), a.organisationCode()));
        request.log("PROPOSE", Callers.name(session), Channel.DESK, name + " — " + note.strip(), now);
        em.flush();
        ActionLinks.Issued answer = links.issue(
                LinkPurpose.ANSWER_PROPOSAL,
                ASSIGNMENT,
                assignment.getId(),
                Duration.between(now, answerBy),
                PROPOSAL_PAGE);
        String lang = RequestViews.language(request.getLanguage());
        jobProposed.fire(new JobProposed(
                assignment.getId(),
                request.getId(),
                request.getNumber(),
                workerId,
                request.getSubcategoryCode(),
                catalog.subcategoryNames("it").getOrDefault(request.getSubcategoryCode(), request.getSubcategoryCode()),
                comuni.labels(List.of(request.getComuneCode()))
                        .getOrDefault(request.getComuneCode(), request.getComuneCode()),
                request.when().earliest(),
                request.when().latest(),
                request.getDescription(),
                answer.url(),
                answer.expiresAt()));
        return views.view(assignment, name, lang);
    }

    /**
     * An operator withdraws the open assignment of a request (a worker who does not answer, or who can no
     * longer do the job): a proposal simply ends; an accepted job sends the request back to IN_REVIEW.
     *
     * @throws InvalidInput naming {@code action} when no worker holds the request
     * @throws ConflictingChange when the request changed meanwhile
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public RequestView withdraw(long requestId, long version, String reason, String language) {
        QuoteRequest request = transitions.seen(requestId, version);
        List<Assignment> open = views.openAssignments(requestId);
        if (open.isEmpty()) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        Instant now = transitions.now();
        for (Assignment assignment : open) {
            boolean accepted = assignment.getState() == AssignmentState.ACCEPTED;
            assignment.withdraw(reason, now);
            links.revokeOpen(LinkPurpose.ANSWER_PROPOSAL, ASSIGNMENT, assignment.getId());
            if (accepted) {
                transitions.apply(request, RequestAction.WITHDRAW, Callers.name(session), Channel.DESK, reason);
            } else {
                request.log("WITHDRAW_PROPOSAL", Callers.name(session), Channel.DESK, reason, now);
            }
        }
        em.flush();
        return views.view(request, language);
    }

    /** The assignments of a request, newest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public List<AssignmentView> assignments(long requestId, String language) {
        scope.check(requestId);
        return em
                .createQuery(
                        "SELECT a FROM Assignment a WHERE a.request.id = :request ORDER BY a.proposedAt DESC, a.id DESC",
                        Assignment.class)
                .setParameter("request", requestId)
                .getResultList()
                .stream()
                .map(a -> views.view(a, directory.activeName(a.getWorkerId()).orElse("#" + a.getWorkerId()), language))
                .toList();
    }

    /** The jobs proposed to or accepted by the worker who is calling, newest first. */
    @RolesAllowed(Role.WORKER_NAME)
    public List<AssignmentView> myAssignments(String language) {
        Long me = workers.mine().map(w -> w.id()).orElse(null);
        if (me == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT a FROM Assignment a WHERE a.workerId = :worker AND a.state IN :open"
                                + " AND a.request.state NOT IN :closed ORDER BY a.proposedAt DESC, a.id DESC",
                        Assignment.class)
                .setParameter("worker", me)
                .setParameter("open", List.of(AssignmentState.PROPOSED, AssignmentState.ACCEPTED))
                .setParameter(
                        "closed",
                        List.of(
                                RequestState.COMPLETED,
                                RequestState.CANCELLED,
                                RequestState.REJECTED,
                                RequestState.EXPIRED))
                .getResultList()
                .stream()
                .map(a -> views.view(a, "", language))
                .toList();
    }

    /** Every job ever proposed to the worker who is calling, newest first (the job history). */
    @RolesAllowed(Role.WORKER_NAME)
    public List<AssignmentView> myHistory(String language) {
        Long me = workers.mine().map(w -> w.id()).orElse(null);
        if (me == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT a FROM Assignment a WHERE a.workerId = :worker ORDER BY a.proposedAt DESC, a.id DESC",
                        Assignment.class)
                .setParameter("worker", me)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(a -> views.view(a, "", language))
                .toList();
    }

    /**
     * The worker who is calling accepts (the request becomes ASSIGNED) or declines (with a reason; the
     * request stays in review for another proposal) a proposed job.
     *
     * @throws InvalidInput naming {@code reason} for a decline without one, {@code action} when the job is no
     *     longer proposed
     * @throws RecordNotFound when the job is not this worker's
     */
    @RolesAllowed(Role.WORKER_NAME)
    public AssignmentView answer(long assignmentId, boolean accept, String reason, String language) {
        Long me = workers.mine().map(w -> w.id()).orElse(null);
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null || me == null || assignment.getWorkerId() != me) {
            throw new RecordNotFound("Assignment", assignmentId);
        }
        return answer(assignment, accept, reason, Channel.WEB, Callers.name(session), language);
    }

    /**
     * An operator records the answer a worker gave by phone (many workers do not use the worker area):
     * accepted (the request becomes ASSIGNED) or declined with the reason.
     *
     * @throws InvalidInput naming {@code reason} for a decline without one, {@code action} when the job is no
     *     longer proposed
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public AssignmentView answerFor(long assignmentId, boolean accept, String reason, String language) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null) {
            throw new RecordNotFound("Assignment", assignmentId);
        }
        return answer(assignment, accept, reason, Channel.PHONE, Callers.name(session), language);
    }

    /**
     * The job behind a proposal link, for the worker to read before answering; changes nothing.
     *
     * @throws LinkRefused for a forged, expired, used or revoked link (a proposal already answered or
     *     lapsed has its link revoked)
     */
    @PermitAll
    public AssignmentView proposal(String token) {
        ActionLinks.State link = links.check(token);
        return views.view(proposed(link), "", "it");
    }

    /**
     * The worker's answer from the emailed link, after the confirming click: accepts the job, or declines
     * it with a reason. The link is then used up.
     *
     * @throws InvalidInput naming {@code reason} for a decline without one
     * @throws LinkRefused for a link that cannot be used (the proposal is no longer open)
     */
    @PermitAll
    public AssignmentView answerByLink(String token, boolean accept, String reason) {
        Assignment assignment = proposed(links.check(token));
        if (!accept && (reason == null || reason.isBlank())) {
            throw new InvalidInput("reason", "request.error.reasonRequired");
        }
        links.use(token, LinkPurpose.ANSWER_PROPOSAL);
        WorkerContact worker =
                directory.contacts(List.of(assignment.getWorkerId())).get(assignment.getWorkerId());
        String actor = worker == null || worker.email() == null ? "worker " + assignment.getWorkerId() : worker.email();
        return answer(
                assignment,
                accept,
                reason,
                Channel.WEB,
                actor,
                assignment.getRequest().getLanguage());
    }

    private Assignment proposed(ActionLinks.State link) {
        if (link.purpose() != LinkPurpose.ANSWER_PROPOSAL || !ASSIGNMENT.equals(link.recordType())) {
            throw new LinkRefused(LinkRefusal.WRONG_PURPOSE);
        }
        Assignment assignment = em.find(Assignment.class, Long.valueOf(link.recordId()));
        if (assignment == null || assignment.getState() != AssignmentState.PROPOSED) {
            throw new LinkRefused(LinkRefusal.USED);
        }
        return assignment;
    }

    private AssignmentView answer(
            Assignment assignment, boolean accept, String reason, Channel channel, String actor, String language) {
        if (assignment.getState() != AssignmentState.PROPOSED) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        QuoteRequest request = assignment.getRequest();
        Instant now = transitions.now();
        if (accept) {
            assignment.accept(now);
            transitions.apply(request, RequestAction.ASSIGN, actor, channel, null);
        } else {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInput("reason", "request.error.reasonRequired");
            }
            assignment.decline(reason, now);
            request.log("DECLINE", actor, channel, reason, now);
        }
        em.flush();
        links.revokeOpen(LinkPurpose.ANSWER_PROPOSAL, ASSIGNMENT, assignment.getId());
        WorkerContact contact =
                directory.contacts(List.of(assignment.getWorkerId())).get(assignment.getWorkerId());
        String name = contact == null ? "" : contact.name();
        proposalAnswered.fire(new ProposalAnswered(
                assignment.getId(),
                request.getId(),
                request.getNumber(),
                assignment.getWorkerId(),
                name,
                assignment.getState(),
                accept ? null : reason));
        return views.view(assignment, name, language);
    }
}
