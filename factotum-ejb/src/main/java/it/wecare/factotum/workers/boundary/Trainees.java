package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.SignIn;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whose work the caller may follow. Administrators and operators read every worker; an educator reads only
 * the trainees they follow (DESIGN: the educator is given the trainees they follow), and every other
 * capability that shows requests, jobs or audit entries narrows itself to those.
 */
@Stateless
public class Trainees {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    @Inject
    SignIn signIn;

    /**
     * The ids of the workers the caller follows as an educator, or empty when the caller reads every
     * worker (an administrator or an operator). Any other caller follows no one.
     */
    @PermitAll
    public Optional<Set<Long>> followedByCaller() {
        if (session.isCallerInRole(Role.ADMIN_NAME) || session.isCallerInRole(Role.OPERATOR_NAME)) {
            return Optional.empty();
        }
        if (!session.isCallerInRole(Role.EDUCATOR_NAME)) {
            return Optional.of(Set.of());
        }
        return Optional.of(signIn.me()
                .map(me -> Set.copyOf(
                        new HashSet<>(em.createQuery("SELECT w.id FROM Worker w WHERE w.educatorId = :me", Long.class)
                                .setParameter("me", me.id())
                                .getResultList())))
                .orElse(Set.of()));
    }

    /** Whether the caller may read worker {@code workerId}'s work. */
    @PermitAll
    public boolean mayFollow(long workerId) {
        return followedByCaller().map(ids -> ids.contains(workerId)).orElse(true);
    }
}
