package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.Role;
import java.time.Instant;
import java.util.Set;

/**
 * What a login attempt came to.
 *
 * @param status valid, invalid (unknown email, wrong password or inactive account: not told apart) or
 *     locked
 * @param email the normalised email, the caller's name once logged in
 * @param roles the roles, when valid
 * @param lockedUntil when locked, until when
 */
public record LoginOutcome(Status status, String email, Set<Role> roles, Instant lockedUntil) {

    public enum Status {
        VALID,
        INVALID,
        LOCKED
    }

    public boolean valid() {
        return status == Status.VALID;
    }
}
