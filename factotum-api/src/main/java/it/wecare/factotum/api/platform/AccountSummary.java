package it.wecare.factotum.api.platform;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * An account as the API shows it; never carries a password or its hash.
 *
 * @param id the account's identifier
 * @param email the login name
 * @param displayName how the person is named
 * @param language {@code it} or {@code en}
 * @param roles the roles held
 * @param active whether the account may log in
 * @param passwordChosen whether the person has chosen a password (an invitation not yet accepted has not)
 * @param createdAt when the account was created
 * @param version the optimistic-lock version, to send back with a change
 */
public record AccountSummary(
        long id,
        String email,
        String displayName,
        String language,
        Set<Role> roles,
        boolean active,
        boolean passwordChosen,
        Instant createdAt,
        long version)
        implements Serializable {}
