package it.wecare.factotum.matching.control;

import it.wecare.factotum.api.workers.WorkerKind;

/**
 * What the request asks of a worker.
 *
 * @param place where the job is
 * @param preferredKind the kind the client asked for, or null for anyone
 */
public record Need(Place place, WorkerKind preferredKind) {}
