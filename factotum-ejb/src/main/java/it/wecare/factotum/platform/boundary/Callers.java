package it.wecare.factotum.platform.boundary;

import jakarta.ejb.SessionContext;

/** Who is calling a boundary, as timelines, audit entries and moderation records name them. */
public final class Callers {

    private Callers() {}

    /** The caller's login name, or "system" for the server's own timers. */
    public static String name(SessionContext session) {
        return session.getCallerPrincipal() == null
                ? "system"
                : session.getCallerPrincipal().getName();
    }
}
