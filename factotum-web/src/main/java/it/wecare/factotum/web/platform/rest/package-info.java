/** The JAX-RS application under {@code /api/v1} and the mapping of every failure to problem+json. */
package it.wecare.factotum.web.platform.rest;
