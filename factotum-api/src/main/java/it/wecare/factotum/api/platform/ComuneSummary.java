package it.wecare.factotum.api.platform;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An Italian municipality.
 *
 * @param istatCode the ISTAT code, six digits (Torino is 001272)
 * @param name the official name
 * @param provinceCode the province's two-letter code (TO)
 * @param provinceName the province's name
 * @param regionName the region's name
 * @param postalCodes the CAP codes
 * @param latitude WGS84 latitude, when known
 * @param longitude WGS84 longitude, when known
 * @param active whether it can be chosen (a merged comune is not)
 * @param version send it back with a correction
 */
public record ComuneSummary(
        String istatCode,
        String name,
        String provinceCode,
        String provinceName,
        String regionName,
        List<String> postalCodes,
        BigDecimal latitude,
        BigDecimal longitude,
        boolean active,
        long version)
        implements Serializable {
    public ComuneSummary {
        postalCodes = postalCodes == null ? List.of() : List.copyOf(postalCodes);
    }

    /** "Torino (TO)", as lists and autocompletes show it. */
    public String label() {
        return name + " (" + provinceCode + ")";
    }
}
