package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.platform.boundary.SignIn;
import it.wecare.factotum.training.entity.Traineeship;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Which traineeships the caller reaches: an administrator every one, an educator those they follow (the
 * promoter's tutor named in the project). Anything else is "not found", never "forbidden", so nobody learns
 * that a traineeship exists. The boundary passes its own session context: only an EJB has one.
 */
@Dependent
class TrainingScope {

    static final String RECORD_TYPE = "Traineeship";

    @PersistenceContext
    EntityManager em;

    @Inject
    SignIn signIn;

    /** The educator account the caller's reading is narrowed to; empty for an administrator. */
    Optional<Long> educator(SessionContext session) {
        if (session.isCallerInRole(Role.ADMIN_NAME)) {
            return Optional.empty();
        }
        return Optional.of(signIn.me().map(AccountSummary::id).orElse(-1L));
    }

    /** The traineeship {@code id}, when the caller reaches it. */
    Traineeship find(long id, SessionContext session) {
        Traineeship traineeship = em.find(Traineeship.class, id);
        Optional<Long> educator = educator(session);
        if (traineeship == null || (educator.isPresent() && !educator.get().equals(traineeship.getEducatorId()))) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return traineeship;
    }

    /**
     * The traineeship {@code id} as the caller last saw it at {@code version}, to change it.
     *
     * @throws ConflictingChange when someone changed it meanwhile
     */
    Traineeship seen(long id, long version, SessionContext session) {
        Traineeship traineeship = find(id, session);
        if (traineeship.getVersion() != version) {
            throw new ConflictingChange(ConflictingChange.STALE, "traineeship " + id + " changed meanwhile");
        }
        return traineeship;
    }
}
