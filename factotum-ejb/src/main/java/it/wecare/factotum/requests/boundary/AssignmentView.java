package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.api.requests.TimeOfDay;
import java.time.Instant;
import java.time.LocalDate;

/** A worker's part in a request, as the operator and the worker see it. */
public record AssignmentView(
        long id,
        long requestId,
        String requestNumber,
        AssignmentState state,
        long workerId,
        String workerName,
        String serviceName,
        String description,
        String comuneLabel,
        String address,
        LocalDate earliest,
        LocalDate latest,
        TimeOfDay timeOfDay,
        Instant proposedAt,
        String reason) {}
