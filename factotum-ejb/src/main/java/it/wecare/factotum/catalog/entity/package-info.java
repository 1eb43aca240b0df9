/** Entities of the catalog: the categories and subcategories of services. */
package it.wecare.factotum.catalog.entity;
