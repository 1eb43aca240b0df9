/** Pages of search: the results page with its facets, and the operators' synonyms. */
package it.wecare.factotum.web.search;
