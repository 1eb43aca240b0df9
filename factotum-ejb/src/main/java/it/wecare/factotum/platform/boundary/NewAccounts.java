package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.AccountDraft;
import it.wecare.factotum.platform.control.PasswordHashing;
import it.wecare.factotum.platform.entity.Account;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Creates an account row; shared by the administrators' use case and the startup tasks. */
final class NewAccounts {

    private NewAccounts() {}

    static boolean exists(EntityManager em, String email) {
        return !em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultList()
                .isEmpty();
    }

    static Account persist(EntityManager em, PasswordHashing hashing, AccountDraft draft, Instant now) {
        if (exists(em, draft.email())) {
            throw new ConflictingChange("account.error.emailTaken", "email already used: " + draft.email());
        }
        Account account = new Account(draft.email(), draft.displayName(), draft.language(), draft.roles(), now);
        account.setPasswordHash(hashing.hash(draft.initialPassword()));
        em.persist(account);
        em.flush();
        return account;
    }
}
