/**
 * Workers: profiles of volunteers, factotum handymen and artisans, their skills, service area, availability, teams and public pages.
 */
package it.wecare.factotum.workers;
