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
 * A person invited to Factotum: the account is created without a password and an email with a link lets
 * the person choose one.
 *
 * @param email the login name and the address the invitation goes to
 * @param displayName how the person is named; one line
 * @param language {@code it} or {@code en}: the language of the invitation and of the person's pages
 * @param roles at least one role
 */
public record InvitationDraft(
        @NotBlank @Email(regexp = EmailAddresses.DELIVERABLE) @Size(max = 254)
        String email,

        @NotBlank @Size(max = 120) @Pattern(regexp = "[^\\r\\n]*")
        String displayName,

        @NotBlank @Pattern(regexp = "it|en") String language,
        @NotEmpty Set<Role> roles)
        implements Serializable {}
