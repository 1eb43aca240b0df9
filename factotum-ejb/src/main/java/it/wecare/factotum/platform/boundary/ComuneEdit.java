package it.wecare.factotum.platform.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A comune as an administrator adds or corrects it.
 *
 * @param postalCodes CAP codes separated by spaces or commas
 * @param version the version read before a correction (ignored when adding)
 */
public record ComuneEdit(
        @NotBlank @Pattern(regexp = "\\d{6}") String istatCode,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String provinceCode,
        @NotBlank @Size(max = 80) String provinceName,
        @NotBlank @Size(max = 60) String regionName,
        @Size(max = 1000) @Pattern(regexp = "[0-9 ,;]*") String postalCodes,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        boolean active,
        long version)
        implements Serializable {}
