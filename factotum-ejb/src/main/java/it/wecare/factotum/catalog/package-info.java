/**
 * Catalog: the two-level tree of service categories and subcategories, with Italian and English names, managed by administrators.
 */
package it.wecare.factotum.catalog;
