package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.workers.WorkerKind;
import java.io.Serializable;

/**
 * Who a worker works as and for: the kind and the partner organisation (null for the cooperative's own
 * workers). The requests keep it on the job they propose, for the impact figures.
 */
public record WorkerAffiliation(long workerId, WorkerKind kind, String organisationCode) implements Serializable {}
