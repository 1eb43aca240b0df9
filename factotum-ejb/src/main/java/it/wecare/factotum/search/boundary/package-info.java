/**
 * Search's entry points: the index every node keeps in step with the change feed, the public search of
 * workers with facets, and the synonyms operators edit.
 */
package it.wecare.factotum.search.boundary;
