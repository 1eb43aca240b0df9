package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.AccountDraft;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.control.Configuration;
import it.wecare.factotum.platform.control.PasswordHashing;
import it.wecare.factotum.platform.entity.Account;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * At start, while no administrator exists, creates the first one from {@code FACTOTUM_ADMIN_EMAIL} and
 * {@code FACTOTUM_ADMIN_PASSWORD}. There is no default password: without those variables (and outside demo
 * mode) nobody can log in until they are set.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigrations", "DemoMode"})
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final int MIN_PASSWORD_LENGTH = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @PostConstruct
    void createWhenMissing() {
        Configuration config = Configuration.fromSystem();
        Optional<String> email = config.value("factotum.admin.email");
        Optional<String> password = config.value("factotum.admin.password");
        long admins = em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
        if (admins > 0) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warning("No administrator exists: set FACTOTUM_ADMIN_EMAIL and FACTOTUM_ADMIN_PASSWORD "
                    + "(or run in demo mode) to create the first one.");
            return;
        }
        if (password.get().length() < MIN_PASSWORD_LENGTH) {
            LOG.severe("FACTOTUM_ADMIN_PASSWORD is shorter than " + MIN_PASSWORD_LENGTH
                    + " characters: the first administrator was not created.");
            return;
        }
        if (NewAccounts.exists(em, email.get())) {
            LOG.severe("FACTOTUM_ADMIN_EMAIL belongs to an existing account that is not an administrator: "
                    + "the first administrator was not created.");
            return;
        }
        Account admin = NewAccounts.persist(
                em,
                new PasswordHashing(),
                new AccountDraft(email.get(), "Amministratore", "it", Set.of(Role.ADMIN), password.get()),
                Instant.now());
        audit.recordAs(AuditLog.SYSTEM, "ACCOUNT_CREATED", Accounts.RECORD_TYPE, admin.getId(), "first administrator");
        LOG.info(() -> "First administrator created: " + admin.getEmail());
    }
}
