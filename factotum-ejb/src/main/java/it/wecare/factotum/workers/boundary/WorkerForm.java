package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.EmailAddresses;
import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every field of a worker, as the back-office form edits it.
 *
 * @param id null for a new worker
 * @param comuni ISTAT codes of the comuni served
 * @param provinces two-letter codes of the whole provinces served
 * @param skills subcategory code → level
 * @param publicConsent the worker agreed to a public profile
 * @param publicConsentAt when (read only)
 * @param tutorId the artisan who tutors a trainee
 * @param educatorId the account of the educator who follows a trainee (null when none is named)
 * @param version the version read before a change (0 for a new worker)
 */
public record WorkerForm(
        Long id,
        @NotNull WorkerKind kind,
        @NotBlank @Size(max = 80) String firstName,
        @NotBlank @Size(max = 80) String lastName,
        boolean pseudonym,

        @Email(regexp = EmailAddresses.DELIVERABLE) @Size(max = 254)
        String email,

        @Size(max = 40) @Pattern(regexp = "[0-9 +()./-]*") String phone,
        @Size(max = 2000) String bioIt,
        @Size(max = 2000) String bioEn,
        @NotEmpty List<@Pattern(regexp = "[a-z]{2}") String> languages,
        boolean drivingLicence,
        boolean vehicle,
        @DecimalMin("0.01") @DecimalMax("500.00") BigDecimal hourlyRate,
        @Size(max = 40) String organisationCode,
        @Pattern(regexp = "(\\d{6})?") String homeComune,
        List<@Pattern(regexp = "\\d{6}") String> comuni,
        List<@Pattern(regexp = "[A-Z]{2}") String> provinces,
        Map<String, SkillLevel> skills,
        boolean publicConsent,
        Instant publicConsentAt,
        LocalDate trainingFrom,
        LocalDate trainingTo,
        Long tutorId,
        Long educatorId,
        boolean active,
        long version)
        implements Serializable {

    public WorkerForm {
        languages = languages == null ? List.of() : List.copyOf(languages);
        comuni = comuni == null ? List.of() : List.copyOf(comuni);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        skills = skills == null ? Map.of() : Map.copyOf(skills);
    }

    /** An empty form for a new worker. */
    public static WorkerForm blank() {
        return new WorkerForm(
                null,
                WorkerKind.FACTOTUM,
                "",
                "",
                false,
                null,
                null,
                null,
                null,
                List.of("it"),
                false,
                false,
                null,
                null,
                null,
                List.of(),
                List.of(),
                Map.of(),
                false,
                null,
                null,
                null,
                null,
                null,
                true,
                0);
    }
}
