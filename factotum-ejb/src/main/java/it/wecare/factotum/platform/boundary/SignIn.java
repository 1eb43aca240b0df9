package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.platform.control.LinkPurpose;
import it.wecare.factotum.platform.control.LinkRefusal;
import it.wecare.factotum.platform.control.LoginLocks;
import it.wecare.factotum.platform.control.PasswordHashing;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.platform.entity.Account;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signing in and the caller's own credentials: the login check (with its lockout), the password links
 * (forgotten password, first password of an invited account), the moment from which a session is still
 * valid, and the account of whoever is calling.
 */
@Stateless
public class SignIn {

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
                    Accounts.RECORD_TYPE,
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
                    Accounts.RECORD_TYPE,
                    found.map(Account::getId).orElse(null),
                    why + " from " + from);
            Optional<LoginLocks.Refusal> lock = locks.failed(normalised, from, now, guard.limits());
            if (lock.isPresent()) {
                audit.recordAs(
                        AuditLog.SYSTEM,
                        "LOGIN_LOCKED",
                        Accounts.RECORD_TYPE,
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
        audit.recordAs(normalised, "LOGIN", Accounts.RECORD_TYPE, account.getId(), null);
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
            audit.recordAs(normalised, "PASSWORD_RESET_UNKNOWN", Accounts.RECORD_TYPE, null, null);
            return;
        }
        Account account = found.get();
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        if (links.issuedSince(LinkPurpose.RESET_PASSWORD, Accounts.RECORD_TYPE, account.getId(), hourAgo)
                >= Accounts.MAX_RESETS_PER_HOUR) {
            audit.recordAs(normalised, "PASSWORD_RESET_THROTTLED", Accounts.RECORD_TYPE, account.getId(), null);
            return;
        }
        ActionLinks.Issued link = links.issue(
                LinkPurpose.RESET_PASSWORD,
                Accounts.RECORD_TYPE,
                account.getId(),
                Duration.ofMinutes(settings.intValue(Setting.PASSWORD_RESET_VALID_MINUTES)),
                Accounts.PASSWORD_PAGE);
        resetRequested.fire(new PasswordResetRequested(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getLanguage(),
                link.url(),
                link.expiresAt()));
        audit.recordAs(normalised, "PASSWORD_RESET_REQUESTED", Accounts.RECORD_TYPE, account.getId(), null);
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
        sessions.ended(account.getEmail(), account.getSessionsValidFrom());
        guard.locks().release(account.getEmail());
        links.revokeOpen(LinkPurpose.RESET_PASSWORD, Accounts.RECORD_TYPE, account.getId());
        links.revokeOpen(LinkPurpose.SET_PASSWORD, Accounts.RECORD_TYPE, account.getId());
        audit.recordAs(
                account.getEmail(),
                state.purpose() == LinkPurpose.SET_PASSWORD ? "PASSWORD_CHOSEN" : "PASSWORD_RESET",
                Accounts.RECORD_TYPE,
                account.getId(),
                null);
        return account.getEmail();
    }

    private Account accountOf(ActionLinks.State state) {
        if (!Accounts.RECORD_TYPE.equals(state.recordType())) {
            throw new LinkRefused(LinkRefusal.WRONG_PURPOSE);
        }
        Account account = em.find(Account.class, Long.valueOf(state.recordId()));
        if (account == null || !account.isActive()) {
            throw new LinkRefused(LinkRefusal.REVOKED);
        }
        return account;
    }

    /**
     * Since when the sessions of {@code email} hold: {@link Instant#MAX} (none holds) for an account that
     * does not exist or is deactivated.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Instant sessionsValidFrom(String email) {
        // a locking read, in a transaction of its own: it reads the last committed row, never a snapshot
        // (MySQL's REPEATABLE READ could otherwise show a session the change of roles just ended)
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultStream()
                .findFirst()
                .filter(Account::isActive)
                .map(a -> a.getSessionsValidFrom() == null ? Instant.EPOCH : a.getSessionsValidFrom())
                .orElse(Instant.MAX);
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

    private Optional<Account> byEmail(String normalisedEmail) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", normalisedEmail)
                .getResultStream()
                .findFirst();
    }
}
