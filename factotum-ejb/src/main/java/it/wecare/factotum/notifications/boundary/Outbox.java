package it.wecare.factotum.notifications.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.notifications.control.EmailKind;
import it.wecare.factotum.notifications.control.EmailTemplates;
import it.wecare.factotum.notifications.control.RenderedEmail;
import it.wecare.factotum.notifications.entity.OutboxEmail;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.Page;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.LinkMarkers;
import it.wecare.factotum.platform.control.Setting;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The transactional outbox. {@link #enqueue} writes an email in the caller's transaction — a committed
 * change has its email, a rolled-back one has none — and the {@link OutboxSender} delivers it later.
 * Operators list, preview and retry emails here.
 *
 * <p>What staff may read: a stored email holds its links' seals, never their tokens ({@link ActionLinks}),
 * and previews mask even the seals. Emails that open an account (invitations, password resets) are listed
 * to administrators only, as metadata (recipient, kind, state), and nobody opens their content — except an
 * administrator in the demo mailbox, where the outbox is the only way to read the demo's emails (an
 * operator of the demo cannot read an administrator's reset link either).
 */
@Stateless
public class Outbox {

    static final String RECORD_TYPE = "OutboxEmail";

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    @Inject
    ActionLinks links;

    @Inject
    Mailer mailer;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    private final EmailTemplates templates = new EmailTemplates();

    /**
     * Renders {@code draft} in the recipient's language and writes it to the outbox, in the caller's
     * transaction (there must be one).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long enqueue(EmailDraft draft) {
        Map<String, Object> model = new HashMap<>(draft.model());
        model.putIfAbsent("cooperativeName", settings.value(Setting.COOPERATIVE_NAME));
        model.putIfAbsent("cooperativeEmail", settings.value(Setting.COOPERATIVE_EMAIL));
        model.putIfAbsent("cooperativePhone", settings.value(Setting.COOPERATIVE_PHONE));
        model.putIfAbsent("recipientName", draft.recipientName());
        RenderedEmail rendered = templates.render(draft.kind(), draft.language(), model);
        OutboxEmail email = new OutboxEmail(
                "<" + UUID.randomUUID() + ".outbox@factotum>",
                draft.kind().name(),
                draft.recipient(),
                draft.recipientName(),
                "en".equals(draft.language()) ? "en" : "it",
                rendered.subject(),
                rendered.text(),
                rendered.html(),
                clock.instant());
        email.relateTo(draft.relatedType(), draft.relatedId());
        em.persist(email);
        em.flush();
        links.carriedBy(email.getId(), rendered.text(), rendered.html());
        return email.getId();
    }

    /** One page of emails, newest first; {@code status} null for all, {@code recipient} part of the address. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public Page<OutboxRecord> page(String status, String recipient, int first, int pageSize) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null && !status.isBlank()) {
            where.append(" AND e.status = :status");
            try {
                parameters.put("status", OutboxEmail.Status.valueOf(status));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("status", "outbox.error.status");
            }
        }
        if (recipient != null && !recipient.isBlank()) {
            where.append(" AND LOWER(e.recipient) LIKE :recipient");
            parameters.put(
                    "recipient", "%" + recipient.trim().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (!context.isCallerInRole(Role.ADMIN_NAME)) {
            where.append(" AND e.kind NOT IN :accountKinds");
            parameters.put("accountKinds", EmailKind.listedToAdministratorsOnly());
        }
        var select = em.createQuery("SELECT e FROM OutboxEmail e" + where + " ORDER BY e.id DESC", OutboxEmail.class);
        var count = em.createQuery("SELECT COUNT(e) FROM OutboxEmail e" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        var items = select
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 500)))
                .getResultList()
                .stream()
                .map(this::listed)
                .toList();
        return new Page<>(items, count.getSingleResult());
    }

    /** How many emails are in each state. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (OutboxEmail.Status s : OutboxEmail.Status.values()) {
            counts.put(s.name(), 0L);
        }
        em.createQuery("SELECT e.status, COUNT(e) FROM OutboxEmail e GROUP BY e.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put(((OutboxEmail.Status) row[0]).name(), (Long) row[1]));
        return counts;
    }

    /**
     * The content of one email, for the preview, with its links masked (in the demo mailbox, as sent).
     *
     * @throws RecordNotFound for an email the caller may not even see listed
     * @throws EJBAccessException for an email whose content nobody may read (one that opens an account)
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public EmailContent content(long id) {
        OutboxEmail email = find(id);
        if (!listedToCaller(email)) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        if (!contentShown(email)) {
            throw new EJBAccessException("The content of an email that opens an account is not shown");
        }
        EmailContent content = OutboxStore.content(email);
        return new EmailContent(
                content.id(),
                content.messageId(),
                content.recipient(),
                content.recipientName(),
                content.language(),
                content.subject(),
                LinkMarkers.mask(content.text()),
                LinkMarkers.mask(content.html()));
    }

    private boolean demoMailbox() {
        return Mailer.DEMO_MAILBOX.equals(mailer.transport());
    }

    private static boolean opensAnAccount(OutboxEmail email) {
        return EmailKind.openingAnAccount().contains(email.getKind());
    }

    private boolean listedToCaller(OutboxEmail email) {
        return !EmailKind.listedToAdministratorsOnly().contains(email.getKind())
                || context.isCallerInRole(Role.ADMIN_NAME);
    }

    private boolean contentShown(OutboxEmail email) {
        return !opensAnAccount(email) || demoMailbox();
    }

    private OutboxRecord listed(OutboxEmail e) {
        return record(e, contentShown(e));
    }

    /**
     * Puts a failed (or waiting) email back in line for delivery now. Its Message-ID stays the same.
     *
     * @return whether the email was put back (false if it was sent meanwhile)
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public boolean retry(long id) {
        OutboxEmail email = find(id);
        if (!listedToCaller(email)) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        int changed = em.createQuery("UPDATE OutboxEmail e SET e.status = :pending, e.nextAttemptAt = :now,"
                        + " e.version = e.version + 1 WHERE e.id = :id AND e.status IN (:failed, :pending)")
                .setParameter("pending", OutboxEmail.Status.PENDING)
                .setParameter("failed", OutboxEmail.Status.FAILED)
                .setParameter("now", clock.instant())
                .setParameter("id", id)
                .executeUpdate();
        if (changed == 1) {
            audit.record("EMAIL_RETRY", RECORD_TYPE, id, email.getKind() + " → " + email.getRecipient());
        }
        return changed == 1;
    }

    private OutboxEmail find(long id) {
        OutboxEmail email = em.find(OutboxEmail.class, id);
        if (email == null) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return email;
    }

    static OutboxRecord record(OutboxEmail e, boolean contentShown) {
        return new OutboxRecord(
                e.getId(),
                e.getMessageId(),
                e.getKind(),
                e.getRecipient(),
                e.getLanguage(),
                e.getSubject(),
                e.getStatus().name(),
                e.getAttempts(),
                e.getCreatedAt(),
                e.getNextAttemptAt(),
                e.getSentAt(),
                e.getLastError(),
                e.getTransport(),
                e.getRelatedType(),
                e.getRelatedId(),
                contentShown);
    }
}
