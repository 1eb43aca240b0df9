package it.wecare.factotum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginLocksTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final LoginLocks.Limits LIMITS = new LoginLocks.Limits(5, 20, 50, LOCK);

    private final LoginLocks locks = new LoginLocks();

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            locks.failed(email, address, NOW, LIMITS);
        }
    }

    @Test
    void theFifthFailureLocksThatEmailForThatAddressOnly() {
        fail("admin@coop.it", "203.0.113.9", 4);
        assertThat(locks.refusal("admin@coop.it", "203.0.113.9", NOW)).isEmpty();

        assertThat(locks.failed("admin@coop.it", "203.0.113.9", NOW, LIMITS))
                .contains(new LoginLocks.Refusal(LoginLocks.Scope.EMAIL, NOW.plus(LOCK)));
        assertThat(locks.refusal("admin@coop.it", "203.0.113.9", NOW)).isPresent();
        assertThat(locks.refusal("admin@coop.it", "198.51.100.1", NOW))
                .as("the administrator's own network still logs in")
                .isEmpty();
    }

    @Test
    void anEmailWithNoAccountLocksExactlyAsOneWithAnAccount() {
        fail("nobody@coop.it", "203.0.113.9", 5);
        fail("admin@coop.it", "203.0.113.9", 5);

        assertThat(locks.refusal("nobody@coop.it", "203.0.113.9", NOW))
                .isEqualTo(locks.refusal("admin@coop.it", "203.0.113.9", NOW));
    }

    @Test
    void anAddressThatSpraysManyEmailsIsStopped() {
        for (int i = 0; i < 20; i++) {
            locks.failed("person" + i + "@coop.it", "203.0.113.9", NOW, LIMITS);
        }

        assertThat(locks.refusal("someone-else@coop.it", "203.0.113.9", NOW))
                .contains(new LoginLocks.Refusal(LoginLocks.Scope.ADDRESS, NOW.plus(LOCK)));
        assertThat(locks.refusal("someone-else@coop.it", "198.51.100.1", NOW)).isEmpty();
    }

    @Test
    void aGuessFromManyAddressesLocksTheEmailEverywhere() {
        for (int i = 0; i < 50; i++) {
            locks.failed("admin@coop.it", "203.0.113." + i, NOW, LIMITS);
        }

        assertThat(locks.refusal("admin@coop.it", "198.51.100.1", NOW)).isPresent();
    }

    @Test
    void locksEndAndOldFailuresAreForgotten() {
        fail("admin@coop.it", "203.0.113.9", 5);
        Instant later = NOW.plus(LOCK).plusSeconds(1);

        assertThat(locks.refusal("admin@coop.it", "203.0.113.9", later)).isEmpty();
        locks.failed("admin@coop.it", "203.0.113.9", later, LIMITS);
        assertThat(locks.refusal("admin@coop.it", "203.0.113.9", later))
                .as("one failure after the lock is one, not six")
                .isEmpty();
    }

    @Test
    void aSuccessClearsTheCountOfThatEmailFromThatAddress() {
        fail("admin@coop.it", "203.0.113.9", 4);
        locks.succeeded("admin@coop.it", "203.0.113.9");
        fail("admin@coop.it", "203.0.113.9", 4);

        assertThat(locks.refusal("admin@coop.it", "203.0.113.9", NOW)).isEmpty();
    }

    @Test
    void releaseUnlocksAnEmailEverywhere() {
        fail("admin@coop.it", "203.0.113.9", 5);
        locks.release("admin@coop.it");

        assertThat(locks.refusal("admin@coop.it", "203.0.113.9", NOW)).isEmpty();
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new LoginLocks.Limits(0, 1, 1, LOCK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginLocks.Limits(1, 1, 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
