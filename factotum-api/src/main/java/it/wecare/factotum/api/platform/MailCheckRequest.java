package it.wecare.factotum.api.platform;

import it.wecare.factotum.api.EmailAddresses;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/**
 * Asks the server to send a test email now.
 *
 * @param recipient where to send it
 * @param language {@code it} or {@code en}
 */
public record MailCheckRequest(
        @NotBlank @Email(regexp = EmailAddresses.DELIVERABLE)
        String recipient,

        @NotBlank @Pattern(regexp = "it|en") String language)
        implements Serializable {}
