/**
 * Requests: the quote request and its lifecycle, from the client's form to the completed job, with quotes, scheduling and the client's tracking page.
 */
package it.wecare.factotum.requests;
