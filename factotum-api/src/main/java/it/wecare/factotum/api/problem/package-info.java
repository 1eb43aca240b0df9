/** Error answers of the REST API (RFC 9457 problem details). */
package it.wecare.factotum.api.problem;
