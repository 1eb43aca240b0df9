package it.wecare.factotum.web.platform.security;

import java.io.Serializable;
import java.util.Set;

/** The logged-in caller kept in the HTTP session. */
record SessionCaller(String name, Set<String> groups) implements Serializable {
    SessionCaller {
        groups = Set.copyOf(groups);
    }
}
