package it.wecare.factotum.ratings.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the review page shows before the client writes: the job and who did it.
 *
 * @param traineeTookPart a trainee did the job: the page offers a private note for the educator
 */
public record ReviewInvitation(
        String number,
        String serviceName,
        String workerName,
        String teamName,
        LocalDate jobMonth,
        boolean traineeTookPart,
        String clientName,
        String language)
        implements Serializable {}
