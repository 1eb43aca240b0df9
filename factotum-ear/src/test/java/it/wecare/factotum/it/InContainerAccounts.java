package it.wecare.factotum.it;

import it.wecare.factotum.api.platform.AccountDraft;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.Accounts;
import java.util.Set;
import java.util.UUID;

/** People for in-container tests: unique addresses, and operators who receive the operators' emails. */
final class InContainerAccounts {

    private InContainerAccounts() {}

    /** {@code what-1a2b3c4d@factotum.test}: a new address for each test run. */
    static String unique(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@factotum.test";
    }

    /** A new active operator (created as an administrator would), by email. */
    static String operator(AsAdministrator admin, Accounts accounts) throws Exception {
        String email = unique("operatore");
        admin.call(() -> accounts.create(
                new AccountDraft(email, "Operatrice Test", "it", Set.of(Role.OPERATOR), "operatrice-password-2026")));
        return email;
    }

    /** The educator {@link AsEducator} runs as (created on first use, as an administrator would): its account id. */
    static long educator(AsAdministrator admin, Accounts accounts) throws Exception {
        return admin.call(() -> accounts.activeWith(Role.EDUCATOR).stream()
                .filter(a -> a.email().equals(AsEducator.EMAIL))
                .findFirst()
                .orElseGet(() -> accounts.create(new AccountDraft(
                        AsEducator.EMAIL, "Educatrice Test", "it", Set.of(Role.EDUCATOR), EDUCATOR_PASSWORD)))
                .id());
    }

    /** The password of {@link AsEducator}'s account, to log in to the pages. */
    static final String EDUCATOR_PASSWORD = "educatrice-password-2026";
}
