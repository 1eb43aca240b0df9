package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.Role;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * What a login attempt came to.
 *
 * @param status valid, invalid (unknown email, wrong password or inactive account: not told apart),
 *     locked (this email, from this address or from everywhere) or address locked (too many failures
 *     from this address, on any email)
 * @param email the normalised email, the caller's name once logged in
 * @param roles the roles, when valid
 * @param lockedUntil when locked, until when
 */
public record LoginOutcome(Status status, String email, Set<Role> roles, Instant lockedUntil) implements Serializable {

    public enum Status {
        VALID,
        INVALID,
        LOCKED,
        ADDRESS_LOCKED
    }

    public boolean valid() {
        return status == Status.VALID;
    }
}
