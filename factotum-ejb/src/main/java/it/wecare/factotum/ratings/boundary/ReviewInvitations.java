package it.wecare.factotum.ratings.boundary;

import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.control.LinkPurpose;
import it.wecare.factotum.requests.boundary.JobCompleted;
import it.wecare.factotum.workers.boundary.ReviewSubject;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;

/**
 * When a job is completed, the client (with an email) gets a signed link to review it, in the transaction of
 * the completion: one link per job, used once, valid for 60 days.
 */
@ApplicationScoped
public class ReviewInvitations {

    static final Duration VALIDITY = Duration.ofDays(60);
    static final String PAGE = "/review.xhtml?token=";

    @Inject
    ActionLinks links;

    @Inject
    WorkerDirectory directory;

    @Inject
    Event<ReviewInvited> invited;

    void completed(@Observes JobCompleted job) {
        if (job.clientEmail() == null) {
            return;
        }
        ReviewSubject subject = directory.reviewSubject(job.workerId(), LocalDate.now(Reviews.ITALY));
        ActionLinks.Issued link = links.issue(LinkPurpose.REVIEW_JOB, Reviews.REQUEST, job.requestId(), VALIDITY, PAGE);
        invited.fire(new ReviewInvited(
                job.requestId(),
                job.number(),
                job.clientName(),
                job.clientEmail(),
                job.language(),
                job.serviceName(),
                subject.teamName() == null ? job.workerName() : subject.teamName(),
                link.url()));
    }
}
