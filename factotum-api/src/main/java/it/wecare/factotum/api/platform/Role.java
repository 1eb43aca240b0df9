package it.wecare.factotum.api.platform;

/** What an account may do. A person may hold several roles. */
public enum Role {
    /** Administers the platform: accounts, settings, catalog, partners. */
    ADMIN,
    /** Runs the day-to-day work of the cooperative: requests, quotes, assignments. */
    OPERATOR,
    /** Follows trainees and traineeships; the only one who sees their sensitive data. */
    EDUCATOR,
    /** A volunteer, factotum or artisan who does the jobs. */
    WORKER;

    /** The role names as Jakarta Security and {@code @RolesAllowed} see them. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String EDUCATOR_NAME = "EDUCATOR";
    public static final String WORKER_NAME = "WORKER";
}
