/** Entities of the partners capability. */
package it.wecare.factotum.partners.entity;
