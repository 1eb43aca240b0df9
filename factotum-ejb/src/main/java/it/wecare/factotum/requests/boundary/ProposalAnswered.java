package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.AssignmentState;
import java.io.Serializable;

/**
 * A worker answered a proposal, or let it lapse: operators are told ({@code outcome} ACCEPTED, DECLINED
 * or TIMED_OUT); after a decline or a lapse the request is back to matching without that worker.
 *
 * @param reason the worker's reason for a decline, or null
 */
public record ProposalAnswered(
        long assignmentId,
        long requestId,
        String number,
        long workerId,
        String workerName,
        AssignmentState outcome,
        String reason)
        implements Serializable {}
