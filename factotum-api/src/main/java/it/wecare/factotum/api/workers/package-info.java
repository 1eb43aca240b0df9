/** Contract of the workers capability: kinds, skill levels and public profiles. */
package it.wecare.factotum.api.workers;
