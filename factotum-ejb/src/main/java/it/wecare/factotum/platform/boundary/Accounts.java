package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.AccountDraft;
import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.control.LoginThrottle;
import it.wecare.factotum.platform.control.PasswordHashing;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.platform.entity.Account;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Accounts of staff and workers: login, creation, lookup. */
@Stateless
public class Accounts {

    static final String RECORD_TYPE = "Account";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    private final PasswordHashing hashing = new PasswordHashing();

    /**
     * Checks an email and password. Failures are counted per account and lock it for a while after too
     * many in a row; an unknown email costs the same time as a known one.
     */
    @PermitAll
    public LoginOutcome authenticate(String email, String password) {
        Instant now = clock.instant();
        if (email == null || email.isBlank() || password == null) {
            return new LoginOutcome(LoginOutcome.Status.INVALID, null, null, null);
        }
        String normalised = Account.normaliseEmail(email);
        // The row stays locked until commit: simultaneous logins of one person (a double click, two
        // devices) are counted one after the other instead of failing on the version check.
        Optional<Account> found = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", normalised)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            hashing.verify(password, PasswordHashing.DECOY);
            audit.recordAs(normalised, "LOGIN_FAILED", RECORD_TYPE, null, "unknown email");
            return new LoginOutcome(LoginOutcome.Status.INVALID, normalised, null, null);
        }
        Account account = found.get();
        if (account.isLockedAt(now)) {
            audit.recordAs(normalised, "LOGIN_REFUSED_LOCKED", RECORD_TYPE, account.getId(), null);
            return new LoginOutcome(LoginOutcome.Status.LOCKED, normalised, null, account.getLockedUntil());
        }
        boolean matches = hashing.verify(password, account.getPasswordHash());
        if (!matches || !account.isActive()) {
            LoginThrottle throttle = new LoginThrottle(
                    settings.intValue(Setting.LOGIN_MAX_FAILURES),
                    Duration.ofMinutes(settings.intValue(Setting.LOGIN_LOCK_MINUTES)));
            account.recordFailedLogin(throttle.lockAfter(account.getFailedLogins() + 1, now));
            audit.recordAs(
                    normalised,
                    "LOGIN_FAILED",
                    RECORD_TYPE,
                    account.getId(),
                    account.isActive() ? "wrong password" : "inactive account");
            if (account.isLockedAt(now)) {
                audit.recordAs(AuditLog.SYSTEM, "ACCOUNT_LOCKED", RECORD_TYPE, account.getId(), normalised);
                return new LoginOutcome(LoginOutcome.Status.LOCKED, normalised, null, account.getLockedUntil());
            }
            return new LoginOutcome(LoginOutcome.Status.INVALID, normalised, null, null);
        }
        account.recordSuccessfulLogin(now);
        if (hashing.needsRehash(account.getPasswordHash())) {
            account.setPasswordHash(hashing.hash(password));
        }
        audit.recordAs(normalised, "LOGIN", RECORD_TYPE, account.getId(), null);
        return new LoginOutcome(LoginOutcome.Status.VALID, normalised, account.getRoles(), null);
    }

    /** Creates an account with a first password; the email must be new. */
    @RolesAllowed(Role.ADMIN_NAME)
    public AccountSummary create(@NotNull @Valid AccountDraft draft) {
        Account account = NewAccounts.persist(em, hashing, draft, clock.instant());
        audit.record("ACCOUNT_CREATED", RECORD_TYPE, account.getId(), account.getEmail() + " " + account.getRoles());
        return summary(account);
    }

    /** One account by id. */
    @RolesAllowed(Role.ADMIN_NAME)
    public AccountSummary find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return summary(account);
    }

    /** One page of accounts, by email. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Page<AccountSummary> page(int first, int pageSize) {
        var items = em
                .createQuery("SELECT a FROM Account a ORDER BY a.email", Account.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 500)))
                .getResultList()
                .stream()
                .map(Accounts::summary)
                .toList();
        long total =
                em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
        return new Page<>(items, total);
    }

    /** The logged-in caller's own account. */
    @PermitAll
    public Optional<AccountSummary> me() {
        String name = session.getCallerPrincipal() == null
                ? null
                : session.getCallerPrincipal().getName();
        return name == null || "anonymous".equals(name)
                ? Optional.empty()
                : byEmail(name).map(Accounts::summary);
    }

    /** How many accounts hold each role. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(
                    role,
                    em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class)
                            .setParameter("role", role)
                            .getSingleResult());
        }
        return counts;
    }

    private Optional<Account> byEmail(String normalisedEmail) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", normalisedEmail)
                .getResultStream()
                .findFirst();
    }

    static AccountSummary summary(Account a) {
        return new AccountSummary(
                a.getId(),
                a.getEmail(),
                a.getDisplayName(),
                a.getLanguage(),
                a.getRoles(),
                a.isActive(),
                a.getCreatedAt(),
                a.getVersion());
    }
}
