package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.api.workers.WorkerKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A request as the back-office and the client's tracking page show it.
 *
 * @param allowed the actions its state allows now
 * @param job the worker who accepted the job, and its date and completion once fixed (null until a worker
 *     accepts)
 * @param photos how many photos the client attached (numbered from 1)
 * @param version the version shown, for conflicts
 */
public record RequestView(
        long id,
        String number,
        RequestState state,
        Channel channel,
        String serviceCode,
        String serviceName,
        String description,
        String comuneLabel,
        String address,
        LocalDate exactDate,
        LocalDate earliestDate,
        LocalDate latestDate,
        TimeOfDay timeOfDay,
        WorkerKind preferredKind,
        String clientName,
        String clientEmail,
        String clientPhone,
        String taxCode,
        String language,
        String privacyVersion,
        Instant createdAt,
        List<Line> timeline,
        Set<RequestAction> allowed,
        Job job,
        int photos,
        long version)
        implements Serializable {

    public RequestView {
        timeline = List.copyOf(timeline);
        allowed = Set.copyOf(allowed);
    }

    /**
     * What an educator following a trainee reads: the job and its timeline, without the client's contacts
     * (not even as the actor of a line of the timeline) and with nothing to act on.
     */
    public RequestView forFollower() {
        return new RequestView(
                id,
                number,
                state,
                channel,
                serviceCode,
                serviceName,
                description,
                comuneLabel,
                address,
                exactDate,
                earliestDate,
                latestDate,
                timeOfDay,
                preferredKind,
                clientName,
                null,
                null,
                null,
                language,
                privacyVersion,
                createdAt,
                withoutClientEmail(),
                Set.of(),
                job,
                photos,
                version);
    }

    /** The timeline with the client named by name where a line's actor is the client's email. */
    private List<Line> withoutClientEmail() {
        return timeline.stream()
                .map(l -> clientEmail != null && clientEmail.equalsIgnoreCase(l.actor())
                        ? new Line(l.at(), clientName, l.channel(), l.action(), l.from(), l.to(), l.note())
                        : l)
                .toList();
    }

    /** Whether {@code action} is allowed now (for pages: {@code #{r.allows('CANCEL')}}). */
    public boolean allows(String action) {
        return allowed.contains(RequestAction.valueOf(action));
    }

    /** The job as it stands: who does it, when, and the hours once done. */
    public record Job(
            String workerName,
            WorkerKind workerKind,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            BigDecimal workedHours,
            String completionNote)
            implements Serializable {}

    /** One line of the timeline. */
    public record Line(
            Instant at, String actor, Channel channel, String action, RequestState from, RequestState to, String note)
            implements Serializable {}
}
