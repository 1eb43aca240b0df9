package it.wecare.factotum.api.platform;

import it.wecare.factotum.api.EmailAddresses;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/**
 * A new account, as an administrator creates it.
 *
 * @param email the login name and the address every email goes to
 * @param displayName how the person is named on pages and in emails
 * @param language {@code it} or {@code en}: the language of the person's pages and emails
 * @param roles at least one role
 * @param initialPassword a first password the person changes later; at least 12 characters
 */
public record AccountDraft(
        @NotBlank @Email(regexp = EmailAddresses.DELIVERABLE) @Size(max = 254)
        String email,

        @NotBlank @Size(max = 120) @Pattern(regexp = "[^\\r\\n]*")
        String displayName,

        @NotBlank @Pattern(regexp = "it|en") String language,
        @NotEmpty Set<Role> roles,
        @NotBlank @Size(min = 12, max = 200) String initialPassword)
        implements Serializable {}
