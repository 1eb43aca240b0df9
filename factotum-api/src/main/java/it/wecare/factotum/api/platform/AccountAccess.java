package it.wecare.factotum.api.platform;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serializable;
import java.util.Set;

/**
 * Who a person is in Factotum, as an administrator changes it: the roles they hold and whether they may log
 * in. A change ends the person's open sessions.
 *
 * @param roles the roles held from now on (at least one)
 * @param active false to deactivate the account: it can no longer log in, its links stop working
 * @param version the version read before the change: a stale version is refused with 409
 */
public record AccountAccess(
        @NotEmpty Set<@NotNull Role> roles,
        boolean active,
        @PositiveOrZero long version) implements Serializable {

    public AccountAccess {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
