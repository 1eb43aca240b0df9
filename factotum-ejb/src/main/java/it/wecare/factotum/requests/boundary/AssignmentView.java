package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.requests.TimeOfDay;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

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
        RequestState requestState,
        LocalDate scheduledDate,
        LocalTime scheduledStart,
        LocalTime scheduledEnd,
        BigDecimal workedHours,
        Instant answerBy,
        String clientName,
        String clientPhone,
        String clientEmail)
        implements Serializable {

    /** Whether the worker can mark this job done now (accepted, scheduled, the day has come). */
    public boolean completable(LocalDate today) {
        return state == AssignmentState.ACCEPTED
                && requestState == RequestState.SCHEDULED
                && scheduledDate != null
                && !scheduledDate.isAfter(today);
    }
}
