package it.wecare.factotum.requests.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Until when a worker may answer a proposal: the setting's hours after it is made, but never after the
 * start of the job's last possible day — a worker is not asked to answer after the date of the job — and
 * never less than {@link #LEAST} from now (a job for today still gets an hour).
 */
public final class ProposalDeadline {

    /** The shortest time a worker is given to answer. */
    public static final Duration LEAST = Duration.ofHours(1);

    private ProposalDeadline() {}

    /**
     * @param now when the proposal is made
     * @param answerTime the setting's time to answer
     * @param lastDay the last day the job may be done (the exact date, or the window's last day)
     * @param zone the cooperative's time zone
     */
    public static Instant of(Instant now, Duration answerTime, LocalDate lastDay, ZoneId zone) {
        Instant byTheSetting = now.plus(answerTime);
        Instant beforeTheJob = lastDay.atStartOfDay(zone).toInstant();
        Instant answerBy = byTheSetting.isBefore(beforeTheJob) ? byTheSetting : beforeTheJob;
        Instant least = now.plus(LEAST);
        return answerBy.isBefore(least) ? least : answerBy;
    }
}
