package it.wecare.factotum.web.platform;

import it.wecare.factotum.api.platform.AccountAccess;
import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.InvitationDraft;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;

/** Administrators' page of accounts: who has access, and inviting someone new by email. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 120)
    @Pattern(regexp = "[^\\r\\n]*")
    private String displayName;

    private String language = "it";

    @NotEmpty
    private List<String> roles = new ArrayList<>();

    private AccountSummary editing;

    private List<String> editRoles = new ArrayList<>();

    private boolean editActive;

    private final LazyDataModel<AccountSummary> rows =
            new PagedModel<>((first, size, sort) -> accounts.page(first, size), a -> String.valueOf(a.id()));

    public void invite() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(r -> chosen.add(Role.valueOf(r)));
        try {
            AccountSummary invited = accounts.invite(new InvitationDraft(email, displayName, language, chosen));
            Messages.create(Texts.get("accounts.invited", invited.email())).add();
            email = null;
            displayName = null;
            roles = new ArrayList<>();
        } catch (ConflictingChange e) {
            Messages.create(Texts.get("accounts.email") + ": " + Texts.reason(e))
                    .error()
                    .add("inviteForm:email");
        }
    }

    public void resend(AccountSummary account) {
        try {
            accounts.resendInvitation(account.id());
            Messages.create(Texts.get("accounts.invited", account.email())).add();
        } catch (ConflictingChange e) {
            Messages.create(Texts.reason(e)).warn().add();
        }
    }

    /** Opens the access form for {@code account}. */
    public void edit(AccountSummary row) {
        AccountSummary account = accounts.find(row.id()); // as it is now: a login since the list changed it
        editing = account;
        editRoles = new ArrayList<>(account.roles().stream().map(Role::name).toList());
        editActive = account.active();
    }

    public void cancelEdit() {
        editing = null;
    }

    /** Saves the roles and the active flag of the account being edited; its sessions end. */
    public void saveAccess() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        editRoles.forEach(r -> chosen.add(Role.valueOf(r)));
        try {
            AccountSummary changed =
                    accounts.changeAccess(editing.id(), new AccountAccess(chosen, editActive, editing.version()));
            Messages.create(Texts.get("accounts.accessChanged", changed.email()))
                    .add();
            editing = null;
        } catch (InvalidInput e) {
            Messages.create(Texts.get("accounts.roles") + ": " + Texts.reason(e))
                    .error()
                    .add("accessForm:editRoles");
        } catch (ConflictingChange e) {
            Messages.create(Texts.reason(e)).warn().add();
            editing = null;
        }
    }

    public AccountSummary getEditing() {
        return editing;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles;
    }

    public boolean isEditActive() {
        return editActive;
    }

    public void setEditActive(boolean editActive) {
        this.editActive = editActive;
    }

    public List<String> getAllRoles() {
        return List.of("ADMIN", "OPERATOR", "EDUCATOR", "WORKER");
    }

    public LazyDataModel<AccountSummary> getRows() {
        return rows;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
