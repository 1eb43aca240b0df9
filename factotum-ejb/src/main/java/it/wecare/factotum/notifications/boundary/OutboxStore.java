package it.wecare.factotum.notifications.boundary;

import it.wecare.factotum.notifications.entity.OutboxEmail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox rows' state changes, each a conditional update in its own short transaction, so that any
 * number of senders on any number of WildFly nodes can work on one table: a row is delivered by whoever
 * claims it, and a claim is an atomic {@code UPDATE … WHERE} that only one sender can win. A claim is a
 * lease: if its holder dies, the row becomes claimable again when the lease ends.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    @PersistenceContext
    EntityManager em;

    /** Ids of rows due for delivery at {@code now}: pending and due, or claimed with an expired lease. */
    public List<Long> due(Instant now, int limit) {
        return em.createQuery(
                        "SELECT e.id FROM OutboxEmail e WHERE (e.status = :pending AND e.nextAttemptAt <= :now)"
                                + " OR (e.status = :sending AND e.claimedUntil < :now) ORDER BY e.id",
                        Long.class)
                .setParameter("pending", OutboxEmail.Status.PENDING)
                .setParameter("sending", OutboxEmail.Status.SENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims one row for {@code sender} until {@code until}, if it is still due at {@code now}.
     *
     * @return whether this sender won the row
     */
    public boolean claim(long id, String sender, Instant now, Instant until) {
        // the row lock first: racing senders queue here, and each then decides on the row as the one
        // before it left it (the conditional update alone let two senders win one row, once, on MariaDB)
        em.createNativeQuery("SELECT id FROM outbox_email WHERE id = ? FOR UPDATE")
                .setParameter(1, id)
                .getResultList();
        int changed = em.createQuery("UPDATE OutboxEmail e SET e.status = :sending, e.claimedBy = :sender,"
                        + " e.claimedUntil = :until, e.version = e.version + 1 WHERE e.id = :id AND"
                        + " ((e.status = :pending AND e.nextAttemptAt <= :now)"
                        + " OR (e.status = :sending AND e.claimedUntil < :now))")
                .setParameter("sending", OutboxEmail.Status.SENDING)
                .setParameter("pending", OutboxEmail.Status.PENDING)
                .setParameter("sender", sender)
                .setParameter("until", until)
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
        return changed == 1;
    }

    /** The content of a row this sender holds, to deliver it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<EmailContent> held(long id, String sender) {
        // the bodies are lazy for the lists of the back-office; here they are needed: one SELECT, not two
        OutboxEmail email = em.find(OutboxEmail.class, id, Map.of("eclipselink.fetch-group.default", "false"));
        if (email == null || email.getStatus() != OutboxEmail.Status.SENDING || !sender.equals(email.getClaimedBy())) {
            return Optional.empty();
        }
        return Optional.of(content(email));
    }

    /**
     * The SMTP server (or the demo mailbox) accepted the row: it is sent. {@code kept}, when not null, is
     * the content as delivered, stored in place of the sealed one (the demo mailbox only).
     */
    public boolean markSent(long id, String sender, Instant now, String transport, EmailContent kept) {
        String bodies = kept == null ? "" : " e.bodyText = :text, e.bodyHtml = :html,";
        var update =
                em.createQuery("UPDATE OutboxEmail e SET e.status = :sent, e.sentAt = :now, e.transport = :transport,"
                        + bodies
                        + " e.attempts = e.attempts + 1, e.claimedBy = NULL, e.claimedUntil = NULL,"
                        + " e.lastError = NULL, e.version = e.version + 1"
                        + " WHERE e.id = :id AND e.status = :sending AND e.claimedBy = :sender");
        if (kept != null) {
            update.setParameter("text", kept.text()).setParameter("html", kept.html());
        }
        return update.setParameter("sent", OutboxEmail.Status.SENT)
                        .setParameter("sending", OutboxEmail.Status.SENDING)
                        .setParameter("transport", transport)
                        .setParameter("now", now)
                        .setParameter("id", id)
                        .setParameter("sender", sender)
                        .executeUpdate()
                == 1;
    }

    /** A delivery attempt failed: try again at {@code nextAttempt}, or give up when it is null. */
    public boolean markFailedAttempt(long id, String sender, String reason, Instant nextAttempt) {
        String set = nextAttempt == null ? "e.status = :next" : "e.status = :next, e.nextAttemptAt = :nextAttempt";
        var update = em.createQuery(
                        "UPDATE OutboxEmail e SET " + set + ", e.attempts = e.attempts + 1,"
                                + " e.lastError = :reason, e.claimedBy = NULL, e.claimedUntil = NULL,"
                                + " e.version = e.version + 1 WHERE e.id = :id AND e.status = :sending AND e.claimedBy = :sender")
                .setParameter("next", nextAttempt == null ? OutboxEmail.Status.FAILED : OutboxEmail.Status.PENDING)
                .setParameter("reason", reason)
                .setParameter("sending", OutboxEmail.Status.SENDING)
                .setParameter("id", id)
                .setParameter("sender", sender);
        if (nextAttempt != null) {
            update.setParameter("nextAttempt", nextAttempt);
        }
        return update.executeUpdate() == 1;
    }

    /**
     * Frees the rows an earlier life of this node still holds (its sender names start with
     * {@code nodePrefix}; {@code current} is the sender now starting): that sender is gone, since a node
     * runs one sender at a time, so its rows need not wait for the lease to end. Other nodes' claims are
     * left to their leases.
     *
     * @return how many rows were freed
     */
    public int releaseEarlierClaims(String nodePrefix, String current, Instant now) {
        return em.createQuery("UPDATE OutboxEmail e SET e.status = :pending, e.nextAttemptAt = :now,"
                        + " e.claimedBy = NULL, e.claimedUntil = NULL, e.version = e.version + 1"
                        + " WHERE e.status = :sending AND LOCATE(:prefix, e.claimedBy) = 1 AND e.claimedBy <> :current")
                .setParameter("pending", OutboxEmail.Status.PENDING)
                .setParameter("sending", OutboxEmail.Status.SENDING)
                .setParameter("now", now)
                .setParameter("prefix", nodePrefix)
                .setParameter("current", current)
                .executeUpdate();
    }

    /** How many attempts a row has had. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int attempts(long id) {
        OutboxEmail email = em.find(OutboxEmail.class, id);
        return email == null ? 0 : email.getAttempts();
    }

    static EmailContent content(OutboxEmail e) {
        return new EmailContent(
                e.getId(),
                e.getMessageId(),
                e.getRecipient(),
                e.getRecipientName(),
                e.getLanguage(),
                e.getSubject(),
                e.getBodyText(),
                e.getBodyHtml());
    }
}
