package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.TraineeshipDocumentKind;
import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Storage limitation (GDPR art. 5(1)(e)) for the special-category section: some months after a traineeship
 * ended ({@code training.sensitive.retention-months}), {@link TrainingTimer} erases its row of
 * {@code trainee_sensitive} and the documents that hold such data (the service's attestation) — deleted, not
 * hidden — and writes the erasure to the audit log. The delete is
 * the claim: whichever node's timer runs, a section is erased once and audited once. What the impact
 * report needs of a traineeship (dates, hours, outcome) stays in the traineeship, which says nothing of why
 * the person was followed.
 */
@Stateless
@PermitAll
public class SensitiveRetention {

    /** The kinds of document that hold special-category data, erased with the section. */
    static final Set<TraineeshipDocumentKind> SPECIAL = EnumSet.copyOf(Arrays.stream(TraineeshipDocumentKind.values())
            .filter(TraineeshipDocumentKind::specialCategory)
            .toList());

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingRules rules;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    /** The traineeships whose section is past its keeping time. */
    public List<Long> expired() {
        return em.createQuery(
                        "SELECT t.id FROM Traineeship t WHERE t.state IN :ended AND t.endedOn < :before AND (EXISTS"
                                + " (SELECT s FROM TraineeSensitive s WHERE s.traineeshipId = t.id) OR EXISTS"
                                + " (SELECT d FROM TraineeshipDocument d WHERE d.traineeshipId = t.id"
                                + " AND d.kind IN :special)) ORDER BY t.id",
                        Long.class)
                .setParameter("ended", EnumSet.of(TraineeshipState.COMPLETED, TraineeshipState.INTERRUPTED))
                .setParameter("special", SPECIAL)
                .setParameter("before", keptSince())
                .setMaxResults(500)
                .getResultList();
    }

    /** Erases the section of traineeship {@code id} if it is past its keeping time; true when this call did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean erase(long id) {
        int erased = em.createQuery("DELETE FROM TraineeSensitive s WHERE s.traineeshipId = :id AND EXISTS"
                        + " (SELECT t FROM Traineeship t WHERE t.id = :id AND t.state IN :ended"
                        + " AND t.endedOn < :before)")
                .setParameter("id", id)
                .setParameter("ended", EnumSet.of(TraineeshipState.COMPLETED, TraineeshipState.INTERRUPTED))
                .setParameter("before", keptSince())
                .executeUpdate();
        int documents = em.createQuery("DELETE FROM TraineeshipDocument d WHERE d.traineeshipId = :id"
                        + " AND d.kind IN :special AND EXISTS (SELECT t FROM Traineeship t WHERE t.id = :id"
                        + " AND t.state IN :ended AND t.endedOn < :before)")
                .setParameter("id", id)
                .setParameter("special", SPECIAL)
                .setParameter("ended", EnumSet.of(TraineeshipState.COMPLETED, TraineeshipState.INTERRUPTED))
                .setParameter("before", keptSince())
                .executeUpdate();
        if (erased == 0 && documents == 0) {
            return false;
        }
        audit.recordAs(
                AuditLog.SYSTEM,
                "TRAINEE_SENSITIVE_ERASED",
                TrainingScope.RECORD_TYPE,
                id,
                settings.intValue(Setting.TRAINEESHIP_SENSITIVE_MONTHS) + " months after the end"
                        + (documents == 0 ? "" : ", with " + documents + " special-category document(s)"));
        return true;
    }

    private LocalDate keptSince() {
        return rules.sensitiveKeptSince();
    }
}
