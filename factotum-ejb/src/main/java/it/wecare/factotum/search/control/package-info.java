/** Plain logic of search: Italian text analysis with Lucene (the index and queries come next). */
package it.wecare.factotum.search.control;
