/** Pages and REST resources of the catalog: category tiles and pages, the administrators' tree. */
package it.wecare.factotum.web.catalog;
