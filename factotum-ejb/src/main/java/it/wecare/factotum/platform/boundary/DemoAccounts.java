package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.AccountDraft;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.control.PasswordHashing;
import it.wecare.factotum.platform.entity.Account;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The demo staff and worker accounts; their passwords are documented in the README. */
@ApplicationScoped
public class DemoAccounts {

    static final List<AccountDraft> ACCOUNTS = List.of(
            new AccountDraft("admin@demo.factotum.it", "Giulia Ferrero", "it", Set.of(Role.ADMIN), "demo-admin-2026"),
            new AccountDraft(
                    "operatore@demo.factotum.it", "Marco Bianco", "it", Set.of(Role.OPERATOR), "demo-operatore-2026"),
            new AccountDraft(
                    "educatrice@demo.factotum.it", "Sara Gallo", "it", Set.of(Role.EDUCATOR), "demo-educatrice-2026"),
            new AccountDraft(
                    "lavoratore@demo.factotum.it", "Ahmed Kone", "it", Set.of(Role.WORKER), "demo-lavoratore-2026"));

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** First of the demo data: the others name these accounts (the educator who follows the trainees). */
    void load(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) DemoDataRequested request) {
        PasswordHashing hashing = new PasswordHashing();
        for (AccountDraft draft : ACCOUNTS) {
            if (!NewAccounts.exists(em, draft.email())) {
                Account account = NewAccounts.persist(em, hashing, draft, Instant.now());
                audit.recordAs(request.actor(), "ACCOUNT_CREATED", Accounts.RECORD_TYPE, account.getId(), "demo");
            }
        }
    }
}
