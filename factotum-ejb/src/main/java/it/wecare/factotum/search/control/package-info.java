/**
 * Plain logic of search: Italian text analysis, the operators' synonyms and the in-memory Lucene index
 * with its queries and facet counts.
 */
package it.wecare.factotum.search.control;
