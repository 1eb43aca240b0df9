package it.wecare.factotum.catalog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** New names, descriptions and icon for a node; {@code version} is the one read before the change. */
public record CategoryChange(
        @NotBlank @Size(max = 120) String nameIt,
        @NotBlank @Size(max = 120) String nameEn,
        @Size(max = 1000) String descriptionIt,
        @Size(max = 1000) String descriptionEn,

        @Size(max = 60) @Pattern(regexp = "(pi-[a-z0-9-]+)?")
        String icon,

        long version)
        implements Serializable {}
