package it.wecare.factotum.web.partners;

import it.wecare.factotum.partners.boundary.OrganisationEdit;
import it.wecare.factotum.partners.boundary.Organisations;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/** Operators manage the partner cooperatives of the network. */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    private List<OrganisationEdit> rows;

    @NotBlank
    @Size(min = 2, max = 40)
    @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{factotum.catalog.code}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 100)
    private String city;

    @Size(max = 300)
    @Pattern(regexp = "(https?://\\S+)?", message = "{factotum.organisation.website}")
    private String website;

    @Size(max = 1000)
    private String descriptionIt;

    @Size(max = 1000)
    private String descriptionEn;

    private boolean active = true;
    private long version;

    @PostConstruct
    void load() {
        rows = organisations.all();
    }

    public void startAdd() {
        code = null;
        name = null;
        city = null;
        website = null;
        descriptionIt = null;
        descriptionEn = null;
        active = true;
        version = 0;
    }

    public void startEdit(OrganisationEdit row) {
        code = row.code();
        name = row.name();
        city = row.city();
        website = row.website();
        descriptionIt = row.descriptionIt();
        descriptionEn = row.descriptionEn();
        active = row.active();
        version = row.version();
    }

    public void save() {
        try {
            organisations.save(
                    new OrganisationEdit(code, name, city, website, descriptionIt, descriptionEn, active, version));
            Messages.create(Texts.get("organisations.saved", name)).add();
            PrimeFaces.current().executeScript("PF('organisationDialog').hide()");
            load();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("organisations.website") + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange e) {
            Messages.create(Texts.reason(e)).error().add();
        } catch (RecordNotFound e) {
            Messages.create(Texts.get("conflict.stale")).error().add();
        }
    }

    public boolean isAdding() {
        return version == 0;
    }

    public List<OrganisationEdit> getRows() {
        return rows;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDescriptionIt() {
        return descriptionIt;
    }

    public void setDescriptionIt(String descriptionIt) {
        this.descriptionIt = descriptionIt;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
