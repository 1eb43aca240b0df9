/** Pages and REST resources of workers: the back-office list and form, public profiles. */
package it.wecare.factotum.web.workers;
