package it.wecare.factotum.catalog.boundary;

/**
 * Tells the catalog whether a subcategory is in use, so it is never deleted under someone's feet. The
 * capabilities that refer to subcategories (workers' skills, requests) implement it as a CDI bean; the
 * catalog asks every implementation and depends on none of them.
 */
public interface CategoryUsage {

    /** How many of this capability's records use the subcategory {@code code}. */
    long uses(String code);
}
