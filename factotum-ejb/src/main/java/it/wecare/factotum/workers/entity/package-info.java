/** Entities of the workers capability: workers, their skills and areas, teams. */
package it.wecare.factotum.workers.entity;
