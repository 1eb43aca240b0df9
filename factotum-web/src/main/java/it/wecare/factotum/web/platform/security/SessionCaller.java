package it.wecare.factotum.web.platform.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** The logged-in caller kept in the HTTP session, and when they logged in. */
record SessionCaller(String name, Set<String> groups, Instant loggedInAt) implements Serializable {
    SessionCaller {
        groups = Set.copyOf(groups);
    }
}
