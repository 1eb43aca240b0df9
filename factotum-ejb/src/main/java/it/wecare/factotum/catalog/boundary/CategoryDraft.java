package it.wecare.factotum.catalog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A new category ({@code parentCode} null) or subcategory.
 *
 * @param parentCode the category a subcategory belongs to
 * @param code a stable identifier: lower-case words joined by dashes, e.g. {@code pulizia-vetri}
 */
public record CategoryDraft(
        String parentCode,

        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String code,

        @NotBlank @Size(max = 120) String nameIt,
        @NotBlank @Size(max = 120) String nameEn,
        @Size(max = 1000) String descriptionIt,
        @Size(max = 1000) String descriptionEn,

        @Size(max = 60) @Pattern(regexp = "(pi-[a-z0-9-]+)?")
        String icon)
        implements Serializable {}
