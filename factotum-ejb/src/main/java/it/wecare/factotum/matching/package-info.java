/**
 * Matching: ranks candidate workers and teams for a request and explains every score.
 */
package it.wecare.factotum.matching;
