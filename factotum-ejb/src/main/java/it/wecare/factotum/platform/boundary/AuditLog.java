package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.entity.AuditEntry;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The audit log: who did what to which record, and when. Entries are written in the transaction of the
 * change they describe, so a change and its entry commit or roll back together.
 */
@Stateless
public class AuditLog {

    /** The actor of work the system does by itself (startup, timers). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Instance<AuditAudience> audiences;

    Clock clock = Clock.systemUTC();

    /** Records an action of the current caller on a record. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String recordType, Object recordId, String detail) {
        recordAs(currentActor(), action, recordType, recordId, detail);
    }

    /** Records an action of a named actor, for work done on someone's behalf (a login, a startup task). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, String action, String recordType, Object recordId, String detail) {
        em.persist(new AuditEntry(
                clock.instant(),
                actor,
                action,
                recordType,
                recordId == null ? null : String.valueOf(recordId),
                detail));
    }

    /** One page of entries matching {@code query}, newest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Page<AuditRecord> search(AuditQuery query, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        Optional<Map<String, Set<String>>> readable = readable();
        select.where(matching(query, readable, cb, entry))
                .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        TypedQuery<AuditEntry> page = em.createQuery(select)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 500)));

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(matching(query, readable, cb, counted));

        List<AuditRecord> items = page.getResultList().stream()
                .map(e -> new AuditRecord(
                        e.getId(),
                        e.getOccurredAt(),
                        e.getActor(),
                        e.getAction(),
                        e.getRecordType(),
                        e.getRecordId(),
                        e.getDetail()))
                .toList();
        return new Page<>(items, em.createQuery(count).getSingleResult());
    }

    /** How many entries of {@code action} about one record were written since {@code since}. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(String action, String recordType, String recordId, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.recordType = :type"
                                + " AND e.recordId = :id AND e.occurredAt >= :since",
                        Long.class)
                .setParameter("action", action)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** How many entries were written since {@code since}. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public long countSince(Instant since) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.occurredAt >= :since", Long.class)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The records the caller may read the entries of, or empty for all: the narrowest audience wins. */
    private Optional<Map<String, Set<String>>> readable() {
        Optional<Map<String, Set<String>>> readable = Optional.empty();
        for (AuditAudience audience : audiences) {
            Optional<Map<String, Set<String>>> some = audience.readableRecords();
            if (some.isPresent()) {
                readable = some;
            }
        }
        if (readable.isEmpty()
                && !session.isCallerInRole(Role.ADMIN_NAME)
                && !session.isCallerInRole(Role.OPERATOR_NAME)) {
            return Optional.of(Map.of());
        }
        return readable;
    }

    private static Predicate[] matching(
            AuditQuery query, Optional<Map<String, Set<String>>> readable, CriteriaBuilder cb, Root<AuditEntry> entry) {
        List<Predicate> where = new ArrayList<>();
        readable.ifPresent(records -> {
            List<Predicate> any = new ArrayList<>();
            records.forEach((type, ids) -> {
                if (!ids.isEmpty()) {
                    any.add(cb.and(
                            cb.equal(entry.get("recordType"), type),
                            entry.get("recordId").in(ids)));
                }
            });
            where.add(any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new)));
        });
        if (query.actor() != null && !query.actor().isBlank()) {
            where.add(cb.like(cb.lower(entry.get("actor")), like(query.actor())));
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.add(cb.like(cb.lower(entry.get("action")), like(query.action())));
        }
        if (query.recordType() != null && !query.recordType().isBlank()) {
            where.add(cb.equal(entry.get("recordType"), query.recordType().trim()));
        }
        if (query.recordId() != null && !query.recordId().isBlank()) {
            where.add(cb.equal(entry.get("recordId"), query.recordId().trim()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), query.from()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(entry.get("occurredAt"), query.to()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String like(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }

    /** The name of the current caller, or {@link #SYSTEM} for work without a caller. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String currentActorName() {
        return currentActor();
    }

    private String currentActor() {
        String name = session.getCallerPrincipal() == null
                ? null
                : session.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }
}
