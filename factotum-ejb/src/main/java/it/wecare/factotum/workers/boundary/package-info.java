/** Use cases of workers: the back-office list and form, and public profiles. */
package it.wecare.factotum.workers.boundary;
