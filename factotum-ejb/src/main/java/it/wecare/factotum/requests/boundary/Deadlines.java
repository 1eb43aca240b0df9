package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.QuoteState;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.LinkPurpose;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.requests.entity.Assignment;
import it.wecare.factotum.requests.entity.Quote;
import it.wecare.factotum.requests.entity.QuoteRequest;
import it.wecare.factotum.workers.boundary.WorkerContact;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The requests' deadlines, run by {@link RequestTimer}: a quote left unanswered past its validity expires
 * (the request becomes EXPIRED), the client is warned before that, and client and worker are reminded the
 * day before the job. Each row is claimed by an atomic update in its own transaction, with its email
 * written in the same one: whichever node's timer fires, each happens once.
 */
@Stateless
@PermitAll
public class Deadlines {

    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Transitions transitions;

    @Inject
    Settings settings;

    @Inject
    WorkerDirectory directory;

    @Inject
    Event<QuoteExpiring> expiring;

    @Inject
    Event<JobReminder> reminders;

    @Inject
    Event<ProposalAnswered> answered;

    @Inject
    ActionLinks links;

    /** The proposals left unanswered for longer than the setting allows. */
    public List<Long> proposalsToLapse() {
        return em.createQuery(
                        "SELECT a.id FROM Assignment a WHERE a.state = :proposed AND a.answerBy < :now", Long.class)
                .setParameter("proposed", AssignmentState.PROPOSED)
                .setParameter("now", transitions.now())
                .setMaxResults(500)
                .getResultList();
    }

    /**
     * Lets one unanswered proposal lapse, unless the worker answered or another node did it first: the
     * request is back to matching without that worker, and the operators are told. True when this call did.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean lapse(long assignmentId) {
        Instant now = transitions.now();
        int claimed = em.createQuery("UPDATE Assignment a SET a.state = :lapsed, a.answeredAt = :now,"
                        + " a.version = a.version + 1"
                        + " WHERE a.id = :id AND a.state = :proposed AND a.answerBy < :now")
                .setParameter("lapsed", AssignmentState.TIMED_OUT)
                .setParameter("now", now)
                .setParameter("id", assignmentId)
                .setParameter("proposed", AssignmentState.PROPOSED)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Assignment assignment = em.find(Assignment.class, assignmentId);
        QuoteRequest request = assignment.getRequest();
        String name = directory.contacts(List.of(assignment.getWorkerId())).values().stream()
                .map(WorkerContact::name)
                .findFirst()
                .orElse("");
        request.log("TIMEOUT", SYSTEM, Channel.SYSTEM, name, now);
        links.revokeOpen(LinkPurpose.ANSWER_PROPOSAL, Assignments.ASSIGNMENT, assignmentId);
        answered.fire(new ProposalAnswered(
                assignmentId,
                request.getId(),
                request.getNumber(),
                assignment.getWorkerId(),
                name,
                AssignmentState.TIMED_OUT,
                null));
        return true;
    }

    /** The sent quotes whose last valid day has passed. */
    public List<Long> quotesToExpire() {
        return em.createQuery("SELECT q.id FROM Quote q WHERE q.state = :sent AND q.validUntil < :today", Long.class)
                .setParameter("sent", QuoteState.SENT)
                .setParameter("today", transitions.today())
                .setMaxResults(500)
                .getResultList();
    }

    /** Expires one quote and its request, unless another node did it first; true when this call did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long quoteId) {
        int claimed = em.createQuery("UPDATE Quote q SET q.state = :expired, q.answeredAt = :now"
                        + " WHERE q.id = :id AND q.state = :sent AND q.validUntil < :today")
                .setParameter("expired", QuoteState.EXPIRED)
                .setParameter("now", transitions.now())
                .setParameter("id", quoteId)
                .setParameter("sent", QuoteState.SENT)
                .setParameter("today", transitions.today())
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Quote quote = em.find(Quote.class, quoteId);
        QuoteRequest request = quote.getRequest();
        if (request.getState() == RequestState.QUOTED) {
            transitions.apply(request, RequestAction.EXPIRE, SYSTEM, Channel.SYSTEM, null);
        }
        return true;
    }

    /**
     * The sent quotes that enter their last days (the setting's number) and whose client was not warned yet;
     * a quote sent inside that period already is not warned (the client just received it).
     */
    public List<Long> quotesToWarn() {
        int days = settings.intValue(Setting.QUOTE_EXPIRY_WARNING_DAYS);
        LocalDate today = transitions.today();
        return em
                .createQuery(
                        "SELECT q FROM Quote q WHERE q.state = :sent AND q.expiryWarnedAt IS NULL"
                                + " AND q.validUntil >= :today AND q.validUntil <= :horizon",
                        Quote.class)
                .setParameter("sent", QuoteState.SENT)
                .setParameter("today", today)
                .setParameter("horizon", today.plusDays(days))
                .setMaxResults(500)
                .getResultList()
                .stream()
                .filter(q -> q.getSentAt() != null
                        && LocalDate.ofInstant(q.getSentAt(), Transitions.ITALY)
                                .isBefore(q.getValidUntil().minusDays(days)))
                .map(Quote::getId)
                .toList();
    }

    /** Warns the client that the quote is about to expire, unless another node did; true when this call did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean warn(long quoteId) {
        int claimed = em.createQuery("UPDATE Quote q SET q.expiryWarnedAt = :now"
                        + " WHERE q.id = :id AND q.state = :sent AND q.expiryWarnedAt IS NULL")
                .setParameter("now", transitions.now())
                .setParameter("id", quoteId)
                .setParameter("sent", QuoteState.SENT)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Quote quote = em.find(Quote.class, quoteId);
        QuoteRequest request = quote.getRequest();
        if (request.getClientEmail() != null) {
            expiring.fire(new QuoteExpiring(
                    request.getId(),
                    request.getNumber(),
                    request.getClientName(),
                    request.getClientEmail(),
                    request.getLanguage(),
                    quote.getTotal(),
                    quote.getValidUntil(),
                    transitions.anotherTrackingLink(request).url()));
        }
        return true;
    }

    /** The jobs scheduled for tomorrow whose reminder has not gone out. */
    public List<Long> jobsToRemind() {
        LocalDate tomorrow = transitions.today().plusDays(1);
        return em.createQuery(
                        "SELECT r.id FROM QuoteRequest r WHERE r.state = :scheduled AND r.scheduledDate = :day"
                                + " AND (r.remindedFor IS NULL OR r.remindedFor <> :day)",
                        Long.class)
                .setParameter("scheduled", RequestState.SCHEDULED)
                .setParameter("day", tomorrow)
                .setMaxResults(500)
                .getResultList();
    }

    /** Reminds client and worker of tomorrow's job, unless another node did; true when this call did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long requestId) {
        LocalDate tomorrow = transitions.today().plusDays(1);
        int claimed = em.createQuery("UPDATE QuoteRequest r SET r.remindedFor = :day WHERE r.id = :id"
                        + " AND r.state = :scheduled AND r.scheduledDate = :day"
                        + " AND (r.remindedFor IS NULL OR r.remindedFor <> :day)")
                .setParameter("day", tomorrow)
                .setParameter("id", requestId)
                .setParameter("scheduled", RequestState.SCHEDULED)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        QuoteRequest request = transitions.find(requestId);
        WorkerContact worker = em
                .createQuery(
                        "SELECT a FROM Assignment a WHERE a.request.id = :request AND a.state = :accepted",
                        Assignment.class)
                .setParameter("request", requestId)
                .setParameter("accepted", AssignmentState.ACCEPTED)
                .getResultList()
                .stream()
                .findFirst()
                .map(a -> directory.contacts(List.of(a.getWorkerId())).get(a.getWorkerId()))
                .orElse(null);
        reminders.fire(new JobReminder(transitions.notice(request, worker)));
        return true;
    }
}
