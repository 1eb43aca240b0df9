package it.wecare.factotum.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.api.platform.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Account account() {
        return new Account(" Maria.Rossi@Example.IT ", "Maria Rossi", "it", Set.of(Role.OPERATOR), NOW);
    }

    @Test
    void emailIsStoredTrimmedAndLowerCase() {
        assertThat(account().getEmail()).isEqualTo("maria.rossi@example.it");
    }

    @Test
    void anAccountNeedsARoleAKnownLanguageAndAName() {
        assertThatThrownBy(() -> new Account("a@b.it", "A", "it", Set.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account("a@b.it", "A", "fr", Set.of(Role.WORKER), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account("a@b.it", " ", "it", Set.of(Role.WORKER), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLockHoldsUntilItExpiresAndRefusesALogin() {
        Account account = account();
        account.recordFailedLogin(Optional.of(NOW.plusSeconds(900)));

        assertThat(account.isLockedAt(NOW.plusSeconds(899))).isTrue();
        assertThat(account.isLockedAt(NOW.plusSeconds(900))).isFalse();
        assertThatThrownBy(() -> account.recordSuccessfulLogin(NOW.plusSeconds(10)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSuccessfulLoginClearsTheFailures() {
        Account account = account();
        account.recordFailedLogin(Optional.empty());
        account.recordFailedLogin(Optional.empty());

        account.recordSuccessfulLogin(NOW);

        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.getLastLoginAt()).isEqualTo(NOW);
    }

    @Test
    void rolesCannotBeChangedFromOutside() {
        Account account = account();
        account.getRoles().add(Role.ADMIN);
        assertThat(account.getRoles()).containsExactly(Role.OPERATOR);
    }

    @Test
    void aNewPasswordEndsTheSessionsOpenedBefore() {
        Account account = account();
        Instant loggedIn = NOW.minusSeconds(60);
        assertThat(account.sessionHolds(loggedIn)).isTrue();

        account.choosePassword("hash", NOW);

        assertThat(account.sessionHolds(loggedIn)).isFalse();
        assertThat(account.sessionHolds(NOW)).as("a login after the change").isTrue();
    }

    @Test
    void newRolesOrADeactivationEndTheSessionsAndNothingChangedKeepsThem() {
        Account account = account();
        Instant loggedIn = NOW.minusSeconds(60);

        assertThat(account.changeAccess(Set.of(Role.OPERATOR), true, NOW)).isFalse();
        assertThat(account.sessionHolds(loggedIn)).isTrue();

        assertThat(account.changeAccess(Set.of(Role.EDUCATOR), true, NOW)).isTrue();
        assertThat(account.getRoles()).containsExactly(Role.EDUCATOR);
        assertThat(account.sessionHolds(loggedIn)).isFalse();

        assertThat(account.changeAccess(Set.of(Role.EDUCATOR), false, NOW.plusSeconds(1)))
                .isTrue();
        assertThat(account.isActive()).isFalse();
        assertThat(account.sessionHolds(NOW.plusSeconds(5)))
                .as("no session holds on a deactivated account")
                .isFalse();
        assertThatThrownBy(() -> account.changeAccess(Set.of(), true, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
