package it.wecare.factotum.web.catalog;

import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.catalog.boundary.CategoryChange;
import it.wecare.factotum.catalog.boundary.CategoryDraft;
import it.wecare.factotum.catalog.boundary.CategoryRow;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
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

/** Administrators edit the catalog tree: add, rename, reorder, switch on and off, delete what is unused. */
@Named
@ViewScoped
public class CatalogAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;

    private List<CategoryRow> rows;

    private String editing;
    private String parentCode;

    @Size(max = 60)
    @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "{factotum.catalog.code}")
    private String code;

    @NotBlank
    @Size(max = 120)
    private String nameIt;

    @NotBlank
    @Size(max = 120)
    private String nameEn;

    @Size(max = 1000)
    private String descriptionIt;

    @Size(max = 1000)
    private String descriptionEn;

    @Size(max = 60)
    @Pattern(regexp = "(pi-[a-z0-9-]+)?", message = "{factotum.catalog.icon}")
    private String icon;

    private long version;

    @PostConstruct
    void load() {
        rows = catalog.rows();
    }

    public void startNewCategory() {
        clear();
    }

    public void startNewSubcategory(CategoryRow category) {
        clear();
        parentCode = category.code();
    }

    public void startEdit(CategoryRow row) {
        clear();
        editing = row.code();
        code = row.code();
        nameIt = row.nameIt();
        nameEn = row.nameEn();
        descriptionIt = row.descriptionIt();
        descriptionEn = row.descriptionEn();
        icon = row.icon();
        version = row.version();
    }

    public void save() {
        try {
            if (editing == null) {
                if (code == null || code.isBlank()) {
                    Messages.create(Texts.get("catalog.code") + ": " + Texts.get("validation.required"))
                            .error()
                            .add("editForm:code");
                    return;
                }
                catalog.create(new CategoryDraft(parentCode, code, nameIt, nameEn, descriptionIt, descriptionEn, icon));
                Messages.create(Texts.get("catalog.created", nameIt)).add();
            } else {
                catalog.update(
                        editing, new CategoryChange(nameIt, nameEn, descriptionIt, descriptionEn, icon, version));
                Messages.create(Texts.get("catalog.saved", nameIt)).add();
            }
            PrimeFaces.current().executeScript("PF('editDialog').hide()");
            load();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("catalog." + e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange e) {
            Messages.create(Texts.reason(e)).error().add();
            load();
        }
    }

    public void move(CategoryRow row, int direction) {
        catalog.move(row.code(), direction);
        load();
    }

    public void toggle(CategoryRow row) {
        try {
            catalog.setActive(row.code(), !row.active());
        } catch (InvalidInput e) {
            Messages.create(row.nameIt() + ": " + Texts.reason(e)).warn().add();
        }
        load();
    }

    public void delete(CategoryRow row) {
        try {
            catalog.delete(row.code());
            Messages.create(Texts.get("catalog.deleted", row.nameIt())).add();
        } catch (ConflictingChange e) {
            Messages.create(row.nameIt() + ": " + Texts.reason(e)).warn().add();
        }
        load();
    }

    private void clear() {
        editing = null;
        parentCode = null;
        code = null;
        nameIt = null;
        nameEn = null;
        descriptionIt = null;
        descriptionEn = null;
        icon = null;
        version = 0;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public List<CategoryRow> getRows() {
        return rows;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameIt() {
        return nameIt;
    }

    public void setNameIt(String nameIt) {
        this.nameIt = nameIt;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
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

    public String getIcon() {
        return icon;
    }

    public void setIcon(String icon) {
        this.icon = icon;
    }
}
