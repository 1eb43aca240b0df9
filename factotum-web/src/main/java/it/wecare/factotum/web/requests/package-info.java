/** Pages of requests: the client's form, its confirmation and the tracking page. */
package it.wecare.factotum.web.requests;
