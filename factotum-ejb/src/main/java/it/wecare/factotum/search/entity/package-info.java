/** Entities of search: the change feed every node follows, and the synonyms operators keep. */
package it.wecare.factotum.search.entity;
