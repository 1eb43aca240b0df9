package it.wecare.factotum.catalog.boundary;

import java.io.Serializable;

/** One node of the catalog as the administrators' tree shows it, in both languages. */
public record CategoryRow(
        long id,
        String code,
        String parentCode,
        String nameIt,
        String nameEn,
        String descriptionIt,
        String descriptionEn,
        String icon,
        int sortOrder,
        boolean active,
        long version)
        implements Serializable {

    public boolean isSubcategory() {
        return parentCode != null;
    }
}
