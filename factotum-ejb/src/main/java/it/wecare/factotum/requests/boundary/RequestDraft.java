package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.EmailAddresses;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.api.workers.WorkerKind;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A quote request as the client (or an operator, for a client who phoned) fills it in.
 *
 * @param subcategoryCode the service wanted
 * @param description what to do, in the client's words
 * @param comuneCode where (ISTAT code)
 * @param address street and number
 * @param exactDate an exact date, or null for a window
 * @param earliestDate the window's first day (when there is no exact date)
 * @param latestDate the window's last day
 * @param timeOfDay morning, afternoon or any
 * @param preferredKind a preferred kind of worker, or null for anyone
 * @param preferredWorkerId the worker whose page the client came from, or null
 * @param clientName the client's name
 * @param clientEmail the client's email (required on the web)
 * @param clientPhone the client's phone
 * @param taxCode codice fiscale (16 characters) or partita IVA (11 digits), optional
 * @param language the client's language, it or en
 * @param privacyAccepted the client read the privacy notice and consents
 * @param channel WEB, PHONE or DESK
 * @param formToken one per form shown: a second submission of the same form is the same request
 */
public record RequestDraft(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,60}") String subcategoryCode,
        @NotBlank @Size(min = 10, max = 4000) String description,
        @NotBlank @Pattern(regexp = "\\d{6}") String comuneCode,
        @NotBlank @Size(max = 200) String address,
        LocalDate exactDate,
        LocalDate earliestDate,
        LocalDate latestDate,
        TimeOfDay timeOfDay,
        WorkerKind preferredKind,
        Long preferredWorkerId,

        @NotBlank @Size(max = 120) @Pattern(regexp = "[^\\r\\n]*")
        String clientName,

        @Email(regexp = EmailAddresses.DELIVERABLE) @Size(max = 254)
        String clientEmail,

        @Size(max = 40) @Pattern(regexp = "[0-9 +()./-]*") String clientPhone,

        @Pattern(
                regexp =
                        "([A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]|[0-9]{11})?")
        String taxCode,

        @Pattern(regexp = "it|en") String language,
        @AssertTrue boolean privacyAccepted,
        @NotNull Channel channel,
        @Size(max = 64) String formToken)
        implements Serializable {}
