package it.wecare.factotum.partners.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A partner organisation as operators add or correct it.
 *
 * @param code stable identifier, lower-case letters, digits and dashes (cannot change later)
 * @param version the version read before a correction (0 when adding)
 */
public record OrganisationEdit(
        @NotBlank @Size(min = 2, max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9-]*")
        String code,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String city,

        @Size(max = 300) @Pattern(regexp = "(https?://\\S+)?")
        String website,

        @Size(max = 1000) String descriptionIt,
        @Size(max = 1000) String descriptionEn,
        boolean active,
        long version)
        implements Serializable {}
