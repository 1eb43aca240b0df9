/** Use cases of the catalog: reading the tree, and administrators editing it. */
package it.wecare.factotum.catalog.boundary;
