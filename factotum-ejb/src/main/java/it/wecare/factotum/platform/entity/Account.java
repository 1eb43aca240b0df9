package it.wecare.factotum.platform.entity;

import it.wecare.factotum.api.platform.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A person who logs in: staff of the cooperative or a worker. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.COUNT_WITH_ROLE, query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String COUNT_WITH_ROLE = "Account.countWithRole";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "preferred_language", nullable = false, length = 8)
    private String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Account() {}

    public Account(String email, String displayName, String language, Set<Role> roles, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.displayName = requireText(displayName, "displayName");
        this.language = requireLanguage(language);
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.active = true;
    }

    /** Emails are compared without case and surrounding blanks. */
    public static String normaliseEmail(String email) {
        return requireText(email, "email").toLowerCase(Locale.ROOT);
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = requireText(passwordHash, "passwordHash");
    }

    /**
     * A password chosen through an emailed link: it replaces the old one, lifts any lock and ends every
     * session opened before {@code now}.
     */
    public void choosePassword(String passwordHash, Instant now) {
        setPasswordHash(passwordHash);
        failedLogins = 0;
        lockedUntil = null;
        endSessions(now);
    }

    /**
     * An administrator changes who the person is here: the roles and whether they may log in. Sessions opened
     * before {@code now} end, so the new access holds at the next request.
     *
     * @return whether anything changed
     */
    public boolean changeAccess(Set<Role> newRoles, boolean newActive, Instant now) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account holds at least one role");
        }
        if (roles.equals(newRoles) && active == newActive) {
            return false;
        }
        roles.clear();
        roles.addAll(newRoles);
        active = newActive;
        endSessions(now);
        return true;
    }

    /** Sessions opened before {@code now} are over. */
    public void endSessions(Instant now) {
        sessionsValidFrom = Objects.requireNonNull(now, "now");
    }

    /** Whether a session opened at {@code loggedInAt} still holds. */
    public boolean sessionHolds(Instant loggedInAt) {
        return active && (sessionsValidFrom == null || !loggedInAt.isBefore(sessionsValidFrom));
    }

    /** Whether the person has chosen a password yet (an invited account has not). */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** Whether the account is locked at {@code now} by repeated failed logins. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login and, when the throttle says so, locks the account until the given time. */
    public void recordFailedLogin(Optional<Instant> lockUntil) {
        failedLogins++;
        lockUntil.ifPresent(until -> this.lockedUntil = until);
    }

    /** A successful login clears the failure count and any expired lock. */
    public void recordSuccessfulLogin(Instant now) {
        if (isLockedAt(now)) {
            throw new IllegalStateException("A locked account cannot log in");
        }
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.trim();
    }

    private static String requireLanguage(String language) {
        if (!"it".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("language must be it or en");
        }
        return language;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getLanguage() {
        return language;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getSessionsValidFrom() {
        return sessionsValidFrom;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
