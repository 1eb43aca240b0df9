package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.training.entity.TraineeSensitive;
import it.wecare.factotum.training.entity.Traineeship;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The special-category section of a traineeship (GDPR art. 9: why the person is fragile, the referring
 * service, legal status, health notes, the educator's own notes). Only the trainee's educator and the
 * administrators reach it; every read and every write is written to the audit log with the section read.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class SensitiveData {

    /** The categories of vulnerability the section offers (each named in the bundles). */
    public static final List<String> VULNERABILITIES = List.of(
            "DISABILITY", "MENTAL_HEALTH", "ADDICTION", "JUSTICE", "INTERNATIONAL_PROTECTION", "POVERTY", "OTHER");

    /** What the audit log says was read. */
    static final String SECTION = "special-category";

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingScope scope;

    @Inject
    TrainingRules rules;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /** The section of traineeship {@code id}; the read is audited. */
    public SensitiveView read(long traineeshipId) {
        scope.find(traineeshipId, session);
        audit.record("TRAINEE_SENSITIVE_READ", TrainingScope.RECORD_TYPE, traineeshipId, SECTION);
        TraineeSensitive s = em.find(TraineeSensitive.class, traineeshipId);
        return s == null
                ? new SensitiveView(null, null, null, null, null, null, null, -1)
                : new SensitiveView(
                        s.getVulnerability(),
                        s.getReferringService(),
                        s.getLegalStatus(),
                        s.getHealthNotes(),
                        s.getPrivateNotes(),
                        s.getUpdatedAt(),
                        s.getUpdatedBy(),
                        s.getVersion());
    }

    /**
     * Writes the section ({@code version} -1 for the first time).
     *
     * @throws InvalidInput naming {@code vulnerability} for a code not in the list, or for a traineeship that
     *     ended before the keeping time of its special-category data (erased, never written again)
     * @throws ConflictingChange when someone changed it meanwhile
     */
    public void write(long traineeshipId, @NotNull @Valid SensitiveView section) {
        Traineeship traineeship = scope.find(traineeshipId, session);
        if (rules.pastSensitiveKeeping(traineeship)) {
            throw new InvalidInput("vulnerability", "traineeship.error.sensitiveExpired");
        }
        if (section.vulnerability() != null
                && !section.vulnerability().isBlank()
                && !VULNERABILITIES.contains(section.vulnerability())) {
            throw new InvalidInput("vulnerability", "traineeship.error.vulnerability");
        }
        TraineeSensitive s = em.find(TraineeSensitive.class, traineeshipId);
        if (s == null) {
            if (section.version() != -1) {
                throw new ConflictingChange(ConflictingChange.STALE, "sensitive data of " + traineeshipId + " removed");
            }
            s = new TraineeSensitive(traineeshipId);
            em.persist(s);
        } else if (s.getVersion() != section.version()) {
            throw new ConflictingChange(ConflictingChange.STALE, "sensitive data of " + traineeshipId + " changed");
        }
        s.write(
                section.vulnerability(),
                section.referringService(),
                section.legalStatus(),
                section.healthNotes(),
                section.privateNotes(),
                Callers.name(session),
                rules.now());
        em.flush();
        audit.record("TRAINEE_SENSITIVE_WRITTEN", TrainingScope.RECORD_TYPE, traineeshipId, SECTION);
    }
}
