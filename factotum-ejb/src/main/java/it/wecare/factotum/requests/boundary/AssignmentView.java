package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.api.requests.TimeOfDay;
import java.io.Serializable;
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
        String reason,
        it.wecare.factotum.api.requests.RequestState requestState,
        LocalDate scheduledDate,
        java.time.LocalTime scheduledStart,
        java.time.LocalTime scheduledEnd,
        java.math.BigDecimal workedHours,
        Instant answerBy,
        String clientName,
        String clientPhone,
        String clientEmail)
        implements Serializable {

    /** Whether the worker can mark this job done now (accepted, scheduled, the day has come). */
    public boolean completable(LocalDate today) {
        return state == AssignmentState.ACCEPTED
                && requestState == it.wecare.factotum.api.requests.RequestState.SCHEDULED
                && scheduledDate != null
                && !scheduledDate.isAfter(today);
    }
}
