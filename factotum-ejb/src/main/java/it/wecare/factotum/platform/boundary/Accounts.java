package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.AccountAccess;
import it.wecare.factotum.api.platform.AccountDraft;
import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.InvitationDraft;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.control.LinkPurpose;
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
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
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

    @Inject
    ActionLinks links;

    @Inject
    Sessions sessions;

    @Resource
    SessionContext session;

    @Inject
    Event<AccountInvited> invited;

    Clock clock = Clock.systemUTC();

    private final PasswordHashing hashing = new PasswordHashing();

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
        if (account.getEmail().equals(Account.normaliseEmail(Callers.name(session)))) {
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
        sessions.ended(account.getEmail(), account.getSessionsValidFrom());
        audit.record(
                access.active() == wasActive
                        ? "ACCOUNT_ROLES_CHANGED"
                        : access.active() ? "ACCOUNT_REACTIVATED" : "ACCOUNT_DEACTIVATED",
                RECORD_TYPE,
                id,
                account.getEmail() + " " + before + " -> " + account.getRoles());
        return summary(account);
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
