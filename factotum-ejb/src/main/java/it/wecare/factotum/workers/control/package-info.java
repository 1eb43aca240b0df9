/** Plain logic of workers: the deterministic demo workforce generator. */
package it.wecare.factotum.workers.control;
