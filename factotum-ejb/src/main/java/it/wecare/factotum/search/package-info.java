/**
 * Search: Italian-aware free-text and faceted search over services and workers.
 */
package it.wecare.factotum.search;
