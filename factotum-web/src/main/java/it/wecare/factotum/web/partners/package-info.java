/** Pages and REST resources of the partners capability. */
package it.wecare.factotum.web.partners;
