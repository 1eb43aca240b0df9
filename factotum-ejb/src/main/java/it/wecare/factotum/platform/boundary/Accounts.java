package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.AccountAccess;
import it.wecare.factotum.api.platform.AccountDraft;
import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.InvitationDraft;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.control.LinkPurpose;
import it.wecare.factotum.platform.control.LinkRefusal;
import it.wecare.factotum.platform.control.LoginLocks;
import it.wecare.factotum.platform.control.PasswordHashing;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.platform.entity.Account;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Accounts of staff and workers: login, creation, lookup. */
@Stateless
public class Accounts {

    static final String RECORD_TYPE = "Account";
    static final String PASSWORD_PAGE = "/account/password.xhtml?token=";
    static final int MAX_RESETS_PER_HOUR = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    @Resource
    SessionContext session;

    @Inject
    ActionLinks links;

    @Inject
    LoginGuard guard;

    @Inject
    Sessions sessions;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<AccountInvited> invited;

    @Inject
    Event<PasswordResetRequested> resetRequested;

    Clock clock = Clock.systemUTC();

    private final PasswordHashing hashing = new PasswordHashing();

    /**
     * Checks an email and password tried from {@code address}. Failures are counted by {@link LoginGuard}:
     * the email from that address, the address, the email from everywhere; a lock says until when. An
     * email with no account answers exactly as one with an account — the same outcome, lock included,
     * and the same work (a password hash is checked either way, none while locked).
     */
    @PermitAll
    public LoginOutcome authenticate(String email, String password, String address) {
        Instant now = clock.instant();
        if (email == null || email.isBlank() || email.length() > 254 || password == null || password.length() > 1000) {
            // no account has such an email: answered like any wrong login, without storing what was typed
            hashing.verify("", PasswordHashing.DECOY);
            return new LoginOutcome(LoginOutcome.Status.INVALID, null, null, null);
        }
        String normalised = Account.normaliseEmail(email);
        String from = address == null || address.isBlank() ? "unknown" : address;
        LoginLocks locks = guard.locks();
        Optional<LoginLocks.Refusal> refused = locks.refusal(normalised, from, now);
        if (refused.isPresent()) {
            audit.recordAs(
                    normalised,
                    "LOGIN_REFUSED_LOCKED",
                    RECORD_TYPE,
                    null,
                    refused.get().scope() + " " + from);
            return locked(normalised, refused.get());
        }
        // The row stays locked until commit: simultaneous logins of one person (a double click, two
        // devices) are counted one after the other instead of failing on the version check.
        Optional<Account> found = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", normalised)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        boolean matches =
                hashing.verify(password, found.map(Account::getPasswordHash).orElse(PasswordHashing.DECOY));
        if (found.isEmpty() || !matches || !found.get().isActive()) {
            String why =
                    found.isEmpty() ? "unknown email" : found.get().isActive() ? "wrong password" : "inactive account";
            found.ifPresent(account -> account.recordFailedLogin(Optional.empty()));
            audit.recordAs(
                    normalised,
                    "LOGIN_FAILED",
                    RECORD_TYPE,
                    found.map(Account::getId).orElse(null),
                    why + " from " + from);
            Optional<LoginLocks.Refusal> lock = locks.failed(normalised, from, now, guard.limits());
            if (lock.isPresent()) {
                audit.recordAs(
                        AuditLog.SYSTEM,
                        "LOGIN_LOCKED",
                        RECORD_TYPE,
                        found.map(Account::getId).orElse(null),
                        normalised + " " + lock.get().scope() + " " + from);
                return locked(normalised, lock.get());
            }
            return new LoginOutcome(LoginOutcome.Status.INVALID, normalised, null, null);
        }
        Account account = found.get();
        locks.succeeded(normalised, from);
        account.recordSuccessfulLogin(now);
        if (hashing.needsRehash(account.getPasswordHash())) {
            account.setPasswordHash(hashing.hash(password));
        }
        audit.recordAs(normalised, "LOGIN", RECORD_TYPE, account.getId(), null);
        return new LoginOutcome(LoginOutcome.Status.VALID, normalised, account.getRoles(), null);
    }

    private static LoginOutcome locked(String email, LoginLocks.Refusal refusal) {
        return new LoginOutcome(
                refusal.scope() == LoginLocks.Scope.ADDRESS
                        ? LoginOutcome.Status.ADDRESS_LOCKED
                        : LoginOutcome.Status.LOCKED,
                email,
                null,
                refusal.until());
    }

    /** Creates an account with a first password; the email must be new. */
    @RolesAllowed(Role.ADMIN_NAME)
    public AccountSummary create(@NotNull @Valid AccountDraft draft) {
        Account account = NewAccounts.persist(em, hashing, draft, clock.instant());
        audit.record("ACCOUNT_CREATED", RECORD_TYPE, account.getId(), account.getEmail() + " " + account.getRoles());
        return summary(account);
    }

    /**
     * Invites a person: the account has no password until the person chooses one through the emailed
     * link; the invitation email is written in this transaction (see {@link AccountInvited}).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public AccountSummary invite(@NotNull @Valid InvitationDraft draft) {
        return invited(draft);
    }

    private AccountSummary invited(InvitationDraft draft) {
        if (NewAccounts.exists(em, draft.email())) {
            throw new ConflictingChange("account.error.emailTaken", "email already used: " + draft.email());
        }
        Account account =
                new Account(draft.email(), draft.displayName(), draft.language(), draft.roles(), clock.instant());
        em.persist(account);
        em.flush();
        sendInvitation(account);
        audit.record("ACCOUNT_INVITED", RECORD_TYPE, account.getId(), account.getEmail() + " " + account.getRoles());
        return summary(account);
    }

    /**
     * Invites a worker to the worker area: an account with the WORKER role only, so that operators, who
     * manage workers, can give them a login without being able to create staff accounts.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public AccountSummary inviteWorker(@NotNull @Valid InvitationDraft draft) {
        if (!draft.roles().equals(Set.of(Role.WORKER))) {
            throw new InvalidInput("roles", "account.error.workerOnly");
        }
        return invited(draft);
    }

    /** A worker's login, for the worker's form: whether the person has chosen a password yet. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public AccountSummary workerLogin(long id) {
        Account account = em.find(Account.class, id);
        if (account == null || !account.getRoles().equals(Set.of(Role.WORKER))) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return summary(account);
    }

    /** A new invitation for a worker's login that has no password yet (operators may send it too). */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public AccountSummary resendWorkerInvitation(long id) {
        workerLogin(id);
        return resendInvitationOf(id);
    }

    /** Sends a new invitation to an account that has not chosen a password yet; the old link stops working. */
    @RolesAllowed(Role.ADMIN_NAME)
    public AccountSummary resendInvitation(long id) {
        return resendInvitationOf(id);
    }

    private AccountSummary resendInvitationOf(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        if (account.hasPassword()) {
            throw new ConflictingChange("account.error.alreadyActive", "account " + id + " has a password");
        }
        sendInvitation(account);
        audit.record("ACCOUNT_INVITATION_RESENT", RECORD_TYPE, id, account.getEmail());
        return summary(account);
    }

    private void sendInvitation(Account account) {
        ActionLinks.Issued link = links.issue(
                LinkPurpose.SET_PASSWORD,
                RECORD_TYPE,
                account.getId(),
                Duration.ofHours(settings.intValue(Setting.INVITATION_VALID_HOURS)),
                PASSWORD_PAGE);
        invited.fire(new AccountInvited(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getLanguage(),
                link.url(),
                link.expiresAt()));
    }

    /**
     * Emails a link to choose a new password, if {@code email} belongs to an active account. The caller
     * is told the same whether or not it does, so the form reveals no account; at most
     * {@value #MAX_RESETS_PER_HOUR} links an hour are sent for one account.
     */
    @PermitAll
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        String normalised = Account.normaliseEmail(email);
        Optional<Account> found = byEmail(normalised).filter(Account::isActive);
        if (found.isEmpty()) {
            audit.recordAs(normalised, "PASSWORD_RESET_UNKNOWN", RECORD_TYPE, null, null);
            return;
        }
        Account account = found.get();
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        if (links.issuedSince(LinkPurpose.RESET_PASSWORD, RECORD_TYPE, account.getId(), hourAgo)
                >= MAX_RESETS_PER_HOUR) {
            audit.recordAs(normalised, "PASSWORD_RESET_THROTTLED", RECORD_TYPE, account.getId(), null);
            return;
        }
        ActionLinks.Issued link = links.issue(
                LinkPurpose.RESET_PASSWORD,
                RECORD_TYPE,
                account.getId(),
                Duration.ofMinutes(settings.intValue(Setting.PASSWORD_RESET_VALID_MINUTES)),
                PASSWORD_PAGE);
        resetRequested.fire(new PasswordResetRequested(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getLanguage(),
                link.url(),
                link.expiresAt()));
        audit.recordAs(normalised, "PASSWORD_RESET_REQUESTED", RECORD_TYPE, account.getId(), null);
    }

    /** What the password page shows for a link; {@link LinkRefused} when it cannot be used. Changes nothing. */
    @PermitAll
    public PasswordLink passwordLink(String token) {
        ActionLinks.State state = links.check(token);
        Account account = accountOf(state);
        return new PasswordLink(
                state.purpose() == LinkPurpose.SET_PASSWORD,
                account.getEmail(),
                account.getDisplayName(),
                account.getLanguage(),
                state.expiresAt());
    }

    /**
     * Sets the password of the account a link belongs to, and uses the link up.
     *
     * @throws LinkRefused when the link is forged, expired, used or revoked
     * @throws InvalidInput naming {@code password} when it is too short or is the email
     */
    @PermitAll
    public String choosePassword(String token, String password) {
        ActionLinks.State state = links.check(token);
        Account account = accountOf(state);
        if (password == null || password.length() < FirstAdministrator.MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("password", "password.error.short");
        }
        if (password.length() > 200) {
            throw new InvalidInput("password", "password.error.long");
        }
        if (password.trim().equalsIgnoreCase(account.getEmail())) {
            throw new InvalidInput("password", "password.error.email");
        }
        links.use(token, state.purpose());
        account.choosePassword(hashing.hash(password), clock.instant());
        sessionsEnded(account.getEmail());
        guard.locks().release(account.getEmail());
        links.revokeOpen(LinkPurpose.RESET_PASSWORD, RECORD_TYPE, account.getId());
        links.revokeOpen(LinkPurpose.SET_PASSWORD, RECORD_TYPE, account.getId());
        audit.recordAs(
                account.getEmail(),
                state.purpose() == LinkPurpose.SET_PASSWORD ? "PASSWORD_CHOSEN" : "PASSWORD_RESET",
                RECORD_TYPE,
                account.getId(),
                null);
        return account.getEmail();
    }

    private Account accountOf(ActionLinks.State state) {
        if (!RECORD_TYPE.equals(state.recordType())) {
            throw new LinkRefused(LinkRefusal.WRONG_PURPOSE);
        }
        Account account = em.find(Account.class, Long.valueOf(state.recordId()));
        if (account == null || !account.isActive()) {
            throw new LinkRefused(LinkRefusal.REVOKED);
        }
        return account;
    }

    /**
     * Changes an account's roles or whether it may log in; the person's open sessions end (on this node at
     * once, on the others within {@link Sessions#FRESHNESS}), and a deactivated account's open links stop
     * working. An administrator does not change their own access: another administrator does, so there is
     * always one left who can.
     *
     * @throws InvalidInput naming {@code roles} for one's own account or no role
     * @throws ConflictingChange when someone changed the account meanwhile
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public AccountSummary changeAccess(long id, @NotNull @Valid AccountAccess access) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        if (me().map(m -> m.id() == id).orElse(false)) {
            throw new InvalidInput("roles", "account.error.ownAccess");
        }
        if (account.getVersion() != access.version()) {
            throw new ConflictingChange("account.error.changed", "account " + id + " changed meanwhile");
        }
        Set<Role> before = Set.copyOf(account.getRoles());
        boolean wasActive = account.isActive();
        if (!account.changeAccess(access.roles(), access.active(), clock.instant())) {
            return summary(account);
        }
        if (!access.active()) {
            links.revokeOpen(LinkPurpose.RESET_PASSWORD, RECORD_TYPE, id);
            links.revokeOpen(LinkPurpose.SET_PASSWORD, RECORD_TYPE, id);
        }
        em.flush();
        sessionsEnded(account.getEmail());
        audit.record(
                access.active() == wasActive
                        ? "ACCOUNT_ROLES_CHANGED"
                        : access.active() ? "ACCOUNT_REACTIVATED" : "ACCOUNT_DEACTIVATED",
                RECORD_TYPE,
                id,
                account.getEmail() + " " + before + " -> " + account.getRoles());
        return summary(account);
    }

    /**
     * Since when the sessions of {@code email} hold: {@link Instant#MAX} (none holds) for an account that
     * does not exist or is deactivated.
     */
    @PermitAll
    public Instant sessionsValidFrom(String email) {
        // in a transaction of its own: a read outside one could reuse a pooled connection's old snapshot
        // (MySQL's REPEATABLE READ) and miss a change just committed
        return byEmail(Account.normaliseEmail(email))
                .filter(Account::isActive)
                .map(a -> a.getSessionsValidFrom() == null ? Instant.EPOCH : a.getSessionsValidFrom())
                .orElse(Instant.MAX);
    }

    /** This node forgets what it knew about the account's sessions now and once the change commits. */
    private void sessionsEnded(String email) {
        sessions.forget(email);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                sessions.forget(email);
            }
        });
    }

    /** The email of an active account (for emails to a worker whose sheet has none). */
    @PermitAll
    public Optional<String> emailOf(long id) {
        Account account = em.find(Account.class, id);
        return account == null || !account.isActive() ? Optional.empty() : Optional.of(account.getEmail());
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

    /** Whom to tell about work for a role: the active accounts holding it (email → name and language). */
    @PermitAll
    public List<AccountSummary> activeWith(Role role) {
        return em
                .createQuery(
                        "SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r = :role AND a.active = TRUE"
                                + " ORDER BY a.email",
                        Account.class)
                .setParameter("role", role)
                .getResultList()
                .stream()
                .map(Accounts::summary)
                .toList();
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
                a.hasPassword(),
                a.getCreatedAt(),
                a.getVersion());
    }
}
