/** Plain logic of requests: the state machine, date windows, quote arithmetic. */
package it.wecare.factotum.requests.control;
