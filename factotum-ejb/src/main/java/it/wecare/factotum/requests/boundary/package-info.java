/**
 * Requests' entry points: the client's submission and tracking page, the operators' actions, each one a
 * transition of the lifecycle written to the timeline and fired as an event.
 */
package it.wecare.factotum.requests.boundary;
