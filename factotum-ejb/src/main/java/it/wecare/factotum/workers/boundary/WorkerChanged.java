package it.wecare.factotum.workers.boundary;

/** A worker was created or changed; search and matching observe it. */
public record WorkerChanged(long workerId) {}
