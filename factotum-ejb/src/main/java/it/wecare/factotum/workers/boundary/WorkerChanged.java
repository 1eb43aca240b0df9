package it.wecare.factotum.workers.boundary;

import java.io.Serializable;

/** A worker was created or changed; search and matching observe it. */
public record WorkerChanged(long workerId) implements Serializable {}
