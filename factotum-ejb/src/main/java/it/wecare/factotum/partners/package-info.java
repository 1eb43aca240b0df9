/**
 * Partners: the cooperatives of the WE.CARE network, their API keys and what they may do through the REST API.
 */
package it.wecare.factotum.partners;
