package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.RequestState;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One entry of a calendar: a scheduled (or done) job, or days a worker is away.
 *
 * @param id the request's id for a job, the unavailability's id for days away
 * @param number the request's number (null when away)
 * @param first the job's day, or the first day away
 * @param last the job's day, or the last day away
 * @param start the job's start (null when away)
 * @param end the job's end (null when away)
 * @param title what the job is and where (the reason when away)
 * @param state the request's state (null when away)
 */
public record CalendarEntry(
        Kind kind,
        long id,
        String number,
        long workerId,
        String workerName,
        LocalDate first,
        LocalDate last,
        LocalTime start,
        LocalTime end,
        String title,
        RequestState state)
        implements Serializable {

    public enum Kind {
        JOB,
        AWAY
    }
}
