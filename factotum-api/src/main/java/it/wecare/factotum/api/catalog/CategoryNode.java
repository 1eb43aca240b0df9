package it.wecare.factotum.api.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * A category of the service catalog with its subcategories, in one language.
 *
 * @param code stable identifier, e.g. {@code tinteggiature}
 * @param name the name in the language asked for
 * @param description what it covers
 * @param icon a PrimeIcons name for pages, e.g. {@code pi-palette}
 * @param subcategories the subcategories, in order (empty for a subcategory)
 */
public record CategoryNode(String code, String name, String description, String icon, List<CategoryNode> subcategories)
        implements Serializable {
    public CategoryNode {
        subcategories = subcategories == null ? List.of() : List.copyOf(subcategories);
    }
}
