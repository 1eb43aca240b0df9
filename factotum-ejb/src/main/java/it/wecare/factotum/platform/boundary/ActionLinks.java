package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.platform.control.Configuration;
import it.wecare.factotum.platform.control.LinkMarkers;
import it.wecare.factotum.platform.control.LinkPurpose;
import it.wecare.factotum.platform.control.LinkRefusal;
import it.wecare.factotum.platform.control.LinkTokens;
import it.wecare.factotum.platform.entity.ActionLink;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Links sent by email that act for someone without a password (DESIGN.md, "Links sent by email"): a
 * random 256-bit token stored only as a hash, bound to one purpose and one record, with an expiry,
 * single-use and revocable. Checking a link changes nothing; only {@link #use} does.
 *
 * <p>The token is never written down, not even in the outbox: {@link #issue} gives a URL with a seal in
 * place of the token ({@link LinkMarkers}); the outbox binds each seal to the email that carries it
 * ({@link #carriedBy}), and the sender mints the token ({@link #mintFor}) just before the SMTP exchange,
 * so only the recipient ever receives it. A resend mints a new token (the earlier copy's link fails
 * closed, and its page offers a new link).
 */
@Stateless
@PermitAll
public class ActionLinks {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    private static final Logger LOG = Logger.getLogger(ActionLinks.class.getName());

    /** An issued link: its URL for an email (with the seal in place of the token) and when it expires. */
    public record Issued(String url, Instant expiresAt) implements Serializable {}

    /** A link as it is now, for the page it opens. */
    public record State(LinkPurpose purpose, String recordType, String recordId, Instant expiresAt)
            implements Serializable {}

    /**
     * Issues a new link for {@code purpose} on a record, revoking the record's earlier open links of the
     * same purpose, and returns its token and URL ({@code path} on the public address of the site).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Issued issue(LinkPurpose purpose, String recordType, Object recordId, Duration validity, String path) {
        revokeOpen(purpose, recordType, recordId);
        return issueAnother(purpose, recordType, recordId, validity, path);
    }

    /**
     * Issues one more link for {@code purpose} on a record, leaving the earlier ones usable (a client's
     * tracking link in each email about the request, so that an older email still works).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Issued issueAnother(
            LinkPurpose purpose, String recordType, Object recordId, Duration validity, String path) {
        Instant now = clock.instant();
        // the hash of a token nobody keeps: the link opens nothing until its email is sent
        ActionLink link = new ActionLink(
                LinkTokens.hash(LinkTokens.newToken()),
                purpose,
                recordType,
                String.valueOf(recordId),
                now,
                now.plus(validity));
        String seal = LinkMarkers.newSeal();
        link.seal(seal);
        em.persist(link);
        return new Issued(publicUrl() + path + LinkMarkers.marker(seal), link.getExpiresAt());
    }

    /**
     * Binds the links whose seals appear in an email's {@code texts} to that email, so that only its
     * sending mints their tokens. A link belongs to the first email that names it; a seal copied into a
     * later email (or one that names no link) reveals nothing there.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void carriedBy(long emailId, String... texts) {
        Set<String> seals = LinkMarkers.seals(texts);
        if (seals.isEmpty()) {
            return;
        }
        for (ActionLink link : em.createNamedQuery(ActionLink.BY_SEALS, ActionLink.class)
                .setParameter("seals", seals)
                .getResultList()) {
            if (!link.carriedBy(emailId)) {
                LOG.warning(() -> "Email " + emailId + " names link " + link.getId() + " of email " + link.getEmailId()
                        + ": it is not revealed there");
            }
        }
    }

    /**
     * Mints a fresh token for each link the email carries, committed before the email leaves (so the link
     * works when it arrives), and returns them by seal. Any earlier token of those links stops working.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<String, String> mintFor(long emailId) {
        Map<String, String> tokens = new HashMap<>();
        List<Object[]> carried = em.createQuery(
                        "SELECT l.id, l.seal FROM ActionLink l WHERE l.emailId = :email", Object[].class)
                .setParameter("email", emailId)
                .getResultList();
        for (Object[] link : carried) {
            String token = LinkTokens.newToken();
            // only the hash changes, without the version: a revocation or an earlier expiry committed
            // meanwhile by another transaction stands (and neither of the two fails on the other). Plain SQL:
            // EclipseLink's JPQL UPDATE raises the version, and an operator answering the proposal at that
            // moment then failed on a lost update (BrowserJourneyIT on MySQL)
            em.createNativeQuery("UPDATE action_link SET token_hash = ? WHERE id = ? AND email_id = ?")
                    .setParameter(1, LinkTokens.hash(token))
                    .setParameter(2, link[0])
                    .setParameter(3, emailId)
                    .executeUpdate();
            tokens.put((String) link[1], token);
        }
        return tokens;
    }

    /** The state of a usable link; {@link LinkRefused} says why a link cannot be used. Changes nothing. */
    public State check(String token) {
        ActionLink link = find(token, false).orElseThrow(() -> new LinkRefused(LinkRefusal.UNKNOWN));
        LinkRefusal refusal = link.refusalFor(link.getPurpose(), clock.instant());
        if (refusal != null) {
            throw new LinkRefused(refusal);
        }
        return new State(link.getPurpose(), link.getRecordType(), link.getRecordId(), link.getExpiresAt());
    }

    /** Uses a link for {@code purpose} once and returns it; refuses it with the reason otherwise. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public State use(String token, LinkPurpose purpose) {
        ActionLink link = find(token, true).orElseThrow(() -> new LinkRefused(LinkRefusal.UNKNOWN));
        LinkRefusal refusal = link.refusalFor(purpose, clock.instant());
        if (refusal != null) {
            throw new LinkRefused(refusal);
        }
        link.use(purpose, clock.instant());
        return new State(link.getPurpose(), link.getRecordType(), link.getRecordId(), link.getExpiresAt());
    }

    /** Revokes every open link of {@code purpose} on a record. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void revokeOpen(LinkPurpose purpose, String recordType, Object recordId) {
        Instant now = clock.instant();
        em.createNamedQuery(ActionLink.OPEN_FOR_RECORD, ActionLink.class)
                .setParameter("type", recordType)
                .setParameter("id", String.valueOf(recordId))
                .setParameter("purpose", purpose)
                .getResultList()
                .forEach(l -> l.revoke(now));
    }

    /** Makes every open link of {@code purpose} on a record expire at {@code when} (if that is sooner). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void expireOpenAt(LinkPurpose purpose, String recordType, Object recordId, Instant when) {
        em.createNamedQuery(ActionLink.OPEN_FOR_RECORD, ActionLink.class)
                .setParameter("type", recordType)
                .setParameter("id", String.valueOf(recordId))
                .setParameter("purpose", purpose)
                .getResultList()
                .forEach(l -> l.expireAt(when));
    }

    /** How many links of {@code purpose} were issued for a record since {@code since}. */
    public long issuedSince(LinkPurpose purpose, String recordType, Object recordId, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(l) FROM ActionLink l WHERE l.purpose = :purpose AND l.recordType = :type"
                                + " AND l.recordId = :id AND l.createdAt >= :since",
                        Long.class)
                .setParameter("purpose", purpose)
                .setParameter("type", recordType)
                .setParameter("id", String.valueOf(recordId))
                .setParameter("since", since)
                .getSingleResult();
    }

    private Optional<ActionLink> find(String token, boolean lock) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        var query =
                em.createNamedQuery(ActionLink.BY_HASH, ActionLink.class).setParameter("hash", LinkTokens.hash(token));
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /** The public address of the site, as links in emails use it ({@code https://factotum.example}). */
    public static String publicUrl() {
        String url = Configuration.fromSystem().value("factotum.public.url").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
