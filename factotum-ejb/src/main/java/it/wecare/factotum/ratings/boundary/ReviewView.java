package it.wecare.factotum.ratings.boundary;

import it.wecare.factotum.ratings.control.Policy;
import it.wecare.factotum.ratings.entity.Review;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A review as a page shows it. The public copy leaves out what only the cooperative sees (the request,
 * the moderation, the note for the educator, who recorded it).
 *
 * @param authorName the client's first name and initial
 * @param educatorNote only in the educators' copy
 */
public record ReviewView(
        long id,
        Long requestId,
        String requestNumber,
        long workerId,
        String workerName,
        String teamName,
        String serviceName,
        LocalDate jobMonth,
        int stars,
        Integer punctuality,
        Integer quality,
        Integer courtesy,
        String comment,
        String authorName,
        Review.Channel channel,
        Review.State state,
        String heldFor,
        Policy hiddenReason,
        String hiddenNote,
        String moderatedBy,
        String educatorNote,
        String reply,
        Instant repliedAt,
        Instant createdAt,
        long version)
        implements Serializable {

    /** Whether it shows on the worker's page. */
    public boolean published() {
        return state == Review.State.PUBLISHED;
    }

    /** The stars as five marks, for pages that draw them ("★★★★☆"). */
    public String starMarks() {
        return "★".repeat(stars) + "☆".repeat(5 - stars);
    }
}
