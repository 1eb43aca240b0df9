/** Use cases of the partners capability. */
package it.wecare.factotum.partners.boundary;
