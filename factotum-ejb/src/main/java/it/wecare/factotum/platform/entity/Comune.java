package it.wecare.factotum.platform.entity;

import it.wecare.factotum.platform.control.Folding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** An Italian municipality from the ISTAT list, with its province, postal codes and coordinates. */
@Entity
@Table(name = "comune")
public class Comune {

    private static final Pattern ISTAT = Pattern.compile("\\d{6}");
    private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2}");
    private static final Pattern POSTAL_CODES = Pattern.compile("(\\d{5}( \\d{5})*)?");

    @Id
    @Column(name = "istat_code", length = 6)
    private String istatCode;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "search_name", nullable = false, length = 120)
    private String searchName;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(name = "province_name", nullable = false, length = 80)
    private String provinceName;

    @Column(name = "region_name", nullable = false, length = 60)
    private String regionName;

    @Column(name = "postal_codes", length = 1000)
    private String postalCodes;

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Comune() {}

    public Comune(String istatCode, String name, String provinceCode, String provinceName, String regionName) {
        if (istatCode == null || !ISTAT.matcher(istatCode).matches()) {
            throw new IllegalArgumentException("istatCode must be six digits");
        }
        this.istatCode = istatCode;
        this.active = true;
        correct(name, provinceCode, provinceName, regionName);
    }

    /** Corrects the name and province (a merger, a change of province). */
    public void correct(String name, String provinceCode, String provinceName, String regionName) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("name must be 1-120 characters");
        }
        if (provinceCode == null || !PROVINCE.matcher(provinceCode).matches()) {
            throw new IllegalArgumentException("provinceCode must be two capital letters");
        }
        if (provinceName == null || provinceName.isBlank() || regionName == null || regionName.isBlank()) {
            throw new IllegalArgumentException("province and region names are required");
        }
        this.name = name.trim();
        this.searchName = Folding.fold(this.name);
        this.provinceCode = provinceCode;
        this.provinceName = provinceName.trim();
        this.regionName = regionName.trim();
    }

    /** Postal codes: five digits each, separated by spaces. */
    public void setPostalCodes(String codes) {
        String normalised = codes == null ? "" : codes.trim().replaceAll("[\\s,;]+", " ");
        if (!POSTAL_CODES.matcher(normalised).matches()) {
            throw new IllegalArgumentException("postal codes must be five digits each");
        }
        this.postalCodes = normalised.isEmpty() ? null : normalised;
    }

    public void locate(BigDecimal latitude, BigDecimal longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude and longitude go together");
        }
        if (latitude != null
                && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                        || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            throw new IllegalArgumentException("coordinates out of range");
        }
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getIstatCode() {
        return istatCode;
    }

    public String getName() {
        return name;
    }

    public String getSearchName() {
        return searchName;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getProvinceName() {
        return provinceName;
    }

    public String getRegionName() {
        return regionName;
    }

    public String getPostalCodes() {
        return postalCodes;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
