package it.wecare.factotum.web.platform;

import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.platform.boundary.ComuneEdit;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/** Administrators correct or add comuni (mergers happen). */
@Named
@ViewScoped
public class ComuniPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Comuni comuni;

    private String search;
    private boolean adding;

    @NotBlank
    @Pattern(regexp = "\\d{6}", message = "{factotum.comune.istat}")
    private String istatCode;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}", message = "{factotum.comune.province}")
    private String provinceCode;

    @NotBlank
    @Size(max = 80)
    private String provinceName;

    @NotBlank
    @Size(max = 60)
    private String regionName;

    @Size(max = 1000)
    @Pattern(regexp = "[0-9 ,;]*", message = "{factotum.comune.postalCodes}")
    private String postalCodes;

    @DecimalMin("-90")
    @DecimalMax("90")
    private BigDecimal latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    private BigDecimal longitude;

    private boolean active = true;
    private long version;

    private final LazyDataModel<ComuneSummary> rows =
            new PagedModel<>((first, size, sort) -> comuni.page(search, first, size), ComuneSummary::istatCode);

    public void startAdd() {
        adding = true;
        istatCode = null;
        name = null;
        provinceCode = null;
        provinceName = null;
        regionName = null;
        postalCodes = null;
        latitude = null;
        longitude = null;
        active = true;
        version = 0;
    }

    public void startEdit(ComuneSummary comune) {
        adding = false;
        istatCode = comune.istatCode();
        name = comune.name();
        provinceCode = comune.provinceCode();
        provinceName = comune.provinceName();
        regionName = comune.regionName();
        postalCodes = String.join(" ", comune.postalCodes());
        latitude = comune.latitude();
        longitude = comune.longitude();
        active = comune.active();
        version = comune.version();
    }

    public void save() {
        ComuneEdit edit = new ComuneEdit(
                istatCode,
                name,
                provinceCode,
                provinceName,
                regionName,
                postalCodes,
                latitude,
                longitude,
                active,
                version);
        try {
            ComuneSummary saved = adding ? comuni.add(edit) : comuni.correct(edit);
            Messages.create(Texts.get("comuni.saved", saved.label())).add();
            PrimeFaces.current().executeScript("PF('comuneDialog').hide()");
        } catch (InvalidInput e) {
            Messages.create(Texts.get("comuni." + e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange | RecordNotFound e) {
            String key = e instanceof ConflictingChange c ? c.messageKey() : "conflict.stale";
            Messages.create(Texts.get(key)).error().add();
        }
    }

    public LazyDataModel<ComuneSummary> getRows() {
        return rows;
    }

    public boolean isAdding() {
        return adding;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getIstatCode() {
        return istatCode;
    }

    public void setIstatCode(String istatCode) {
        this.istatCode = istatCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getProvinceName() {
        return provinceName;
    }

    public void setProvinceName(String provinceName) {
        this.provinceName = provinceName;
    }

    public String getRegionName() {
        return regionName;
    }

    public void setRegionName(String regionName) {
        this.regionName = regionName;
    }

    public String getPostalCodes() {
        return postalCodes;
    }

    public void setPostalCodes(String postalCodes) {
        this.postalCodes = postalCodes;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
