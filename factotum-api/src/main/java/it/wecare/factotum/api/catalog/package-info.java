/** Contract of the catalog capability: categories and subcategories of services. */
package it.wecare.factotum.api.catalog;
