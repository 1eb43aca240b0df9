/** Contract of the partners capability: the organisations of the WE.CARE network. */
package it.wecare.factotum.api.partners;
