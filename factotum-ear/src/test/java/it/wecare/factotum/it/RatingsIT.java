package it.wecare.factotum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.platform.control.LinkRefusal;
import it.wecare.factotum.ratings.boundary.Moderation;
import it.wecare.factotum.ratings.boundary.ReviewDraft;
import it.wecare.factotum.ratings.boundary.ReviewView;
import it.wecare.factotum.ratings.boundary.Reviews;
import it.wecare.factotum.ratings.boundary.WorkerReviews;
import it.wecare.factotum.ratings.control.Policy;
import it.wecare.factotum.ratings.entity.Review;
import it.wecare.factotum.requests.boundary.Assignments;
import it.wecare.factotum.requests.boundary.Jobs;
import it.wecare.factotum.requests.boundary.QuoteDraft;
import it.wecare.factotum.requests.boundary.Quotes;
import it.wecare.factotum.requests.boundary.RequestDesk;
import it.wecare.factotum.requests.boundary.RequestDraft;
import it.wecare.factotum.requests.boundary.RequestView;
import it.wecare.factotum.requests.boundary.Submissions;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reviews through their boundaries, on H2 and MySQL: the invitation emailed when a job is completed, one
 * review per job from a link used once, the automatic checks that hold a review, moderation only with a
 * policy reason (audited, text untouched), a review recorded by phone, the figures on the worker's page,
 * and comments that try to inject markup rendered as text.
 */
@ExtendWith(ArquillianExtension.class)
class RatingsIT extends InContainerJourney {

    private static final Pattern REVIEW_LINK = Pattern.compile("review\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainerJourney.deployment(RatingsIT.class, AsEducator.class);
    }

    @Inject
    Reviews reviews;

    @Inject
    it.wecare.factotum.training.boundary.Traineeships traineeships;

    @Inject
    Moderation moderation;

    @Inject
    Assignments assignments;

    @Inject
    Quotes quotes;

    @Inject
    RequestDesk desk;

    @Inject
    Submissions submissions;

    @Inject
    Jobs jobs;

    @Inject
    Workers workers;

    @Inject
    Accounts accounts;

    @Inject
    AsEducator educator;

    @Inject
    it.wecare.factotum.workers.boundary.Teams teams;

    @Test
    void aCompletedJobInvitesTheClientWhoseOneReviewIsPublishedOnTheWorkersPage() throws Exception {
        String client = InContainerAccounts.unique("recensione");
        String workerEmail = InContainerAccounts.unique("rosa");
        long worker = newWorker("Rosa", workerEmail);
        long job = completedJob(client, worker, "Giulia Verdi");

        String invitation = inbox().await(job, "REVIEW_INVITATION", client);
        assertTrue(invitation.contains("Rosa"), invitation);
        String token = token(invitation);
        assertEquals("Rosa Recensita", reviews.invitation(token).workerName());
        assertFalse(reviews.invitation(token).traineeTookPart());

        ReviewView review = reviews.submit(
                token,
                new ReviewDraft(
                        5,
                        5,
                        4,
                        null,
                        "Siepe perfetta <script>alert('x')</script> \"><img src=x onerror=alert(1)>",
                        "una nota che non va da nessuna parte"));
        assertEquals(Review.State.PUBLISHED, review.state());
        assertEquals(Review.Channel.LINK, review.channel());
        inbox().await(job, "REVIEW_RECEIVED", workerEmail);

        // the link works once; the page then says so
        assertEquals(
                LinkRefusal.USED,
                assertThrows(
                                LinkRefused.class,
                                () -> reviews.submit(token, new ReviewDraft(1, null, null, null, null, null)))
                        .reason());
        assertEquals(
                LinkRefusal.USED,
                assertThrows(LinkRefused.class, () -> reviews.invitation(token)).reason());
        assertEquals(
                "action",
                assertThrows(
                                InvalidInput.class,
                                () -> admin.call(() ->
                                        reviews.recordByPhone(job, new ReviewDraft(3, null, null, null, null, null))))
                        .field(),
                "one review per job");
        assertEquals(1, count("SELECT COUNT(*) FROM review WHERE request_id = " + job));

        WorkerReviews page = reviews.ofWorker(worker, "it");
        assertEquals(1, page.summary().count());
        assertEquals(5.0, page.summary().average());
        assertEquals(1, page.summary().of(5));
        assertEquals("Giulia V.", page.reviews().get(0).authorName());
        assertNull(page.reviews().get(0).educatorNote(), "no trainee: no note kept");

        // the public page shows it as text: nothing the comment carries becomes markup
        HttpResponse<String> profile = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:8080/profile.xhtml?id=" + worker))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, profile.statusCode());
        assertTrue(profile.body().contains("Recensione verificata"), "marked as verified");
        assertTrue(profile.body().contains("Siepe perfetta"), "the comment is shown");
        assertFalse(profile.body().contains("<script>alert('x')</script>"), "no script element");
        assertFalse(profile.body().contains("<img src=x onerror"), "no injected element");
        assertTrue(profile.body().contains("&lt;script&gt;"), "escaped as text");
    }

    @Test
    void reviewsWithPersonalDataOrInsultsWaitForAnOperatorWhoHidesOnlyWithAReason() throws Exception {
        String operator = InContainerAccounts.operator(admin, accounts);
        String client = InContainerAccounts.unique("attesa");
        long worker = newWorker("Bruno", InContainerAccounts.unique("bruno"));
        long job = completedJob(client, worker, "Carla Neri");
        String token = token(inbox().await(job, "REVIEW_INVITATION", client));

        ReviewView held = reviews.submit(
                token, new ReviewDraft(2, 1, 2, 3, "In ritardo di due ore, chiamatemi al 333 123 4567", null));
        assertEquals(Review.State.HELD, held.state());
        assertEquals(0, reviews.ofWorker(worker, "it").summary().count(), "not shown while waiting");
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM outbox_email WHERE kind = 'REVIEW_HELD' AND recipient = '" + operator
                        + "' AND related_id = '" + job + "'"));
        ReviewView waiting = admin.call(() -> moderation.forModeration(10)).stream()
                .filter(r -> r.id() == held.id())
                .findFirst()
                .orElseThrow();
        assertEquals("PHONE", waiting.heldFor());

        // published by an operator: a negative review stays published
        ReviewView published = admin.call(() -> moderation.publish(held.id(), waiting.version()));
        assertEquals(Review.State.PUBLISHED, published.state());
        assertEquals(1, reviews.ofWorker(worker, "it").summary().count());

        // hidden only for a policy reason, audited, its text untouched
        assertEquals(
                "reason",
                assertThrows(
                                InvalidInput.class,
                                () -> admin.call(
                                        () -> moderation.hide(held.id(), published.version(), null, "perché sì")))
                        .field());
        ReviewView hidden = admin.call(
                () -> moderation.hide(held.id(), published.version(), Policy.PERSONAL_DATA, "Numero di telefono"));
        assertEquals(Review.State.HIDDEN, hidden.state());
        assertEquals("In ritardo di due ore, chiamatemi al 333 123 4567", hidden.comment());
        assertEquals(0, reviews.ofWorker(worker, "it").summary().count());
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM audit_entry WHERE action_name = 'REVIEW_HIDDEN' AND record_id = '"
                        + held.id() + "' AND detail LIKE 'PERSONAL_DATA%'"));
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM outbox_email WHERE kind = 'REVIEW_HIDDEN' AND recipient = '" + operator
                        + "' AND related_id = '" + job + "'"));
        assertEquals(
                "action",
                assertThrows(
                                InvalidInput.class,
                                () -> admin.call(() -> moderation.hide(held.id(), hidden.version(), Policy.SPAM, null)))
                        .field());

        // an insult holds a review too
        long other = completedJob(InContainerAccounts.unique("insulto"), worker, "Dario Blu");
        String otherToken = token(inbox().await(other, "REVIEW_INVITATION", requests(other)));
        assertEquals(
                "INSULT",
                reviews.submit(otherToken, new ReviewDraft(1, null, null, null, "Un vero STRONZO", null))
                        .heldFor());
    }

    @Test
    void anOperatorRecordsAReviewGivenByPhoneAndTheBayesianAverageWeighsTheRecord() throws Exception {
        long worker = newWorker("Franca", InContainerAccounts.unique("franca"));
        long job = completedJob(null, worker, "Ettore Rossi");
        // 0 stars breaks the draft's constraints: refused, nothing stored
        Exception refused = assertThrows(
                Exception.class,
                () -> admin.call(() -> reviews.recordByPhone(job, new ReviewDraft(0, null, null, null, null, null))));
        Throwable cause = refused;
        while (cause != null && !(cause instanceof jakarta.validation.ConstraintViolationException)) {
            cause = cause.getCause();
        }
        assertTrue(cause != null, () -> "a constraint violation, not " + refused);
        assertEquals(0, count("SELECT COUNT(*) FROM review WHERE request_id = " + job));
        ReviewView byPhone = admin.call(
                () -> reviews.recordByPhone(job, new ReviewDraft(4, null, null, null, "Brava e veloce", null)));
        assertEquals(Review.Channel.PHONE, byPhone.channel());
        assertEquals(Review.State.PUBLISHED, byPhone.state());
        WorkerReviews page = reviews.ofWorker(worker, "it");
        assertEquals(Review.Channel.PHONE, page.reviews().get(0).channel());
        double mean = reviews.meanRating();
        int prior = 5;
        assertEquals((prior * mean + 4) / (prior + 1), page.summary().bayesian(), 1e-9);
        assertEquals(4.0, page.summary().average());
        // two stars or fewer: the operators hear of it, and the review stays published
        String operator = InContainerAccounts.operator(admin, accounts);
        long poor = completedJob(null, worker, "Mario Bassi");
        ReviewView low = admin.call(
                () -> reviews.recordByPhone(poor, new ReviewDraft(2, null, null, null, "Lento e caro", null)));
        assertEquals(Review.State.PUBLISHED, low.state());
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM outbox_email WHERE kind = 'REVIEW_LOW' AND recipient = '" + operator
                        + "' AND related_id = '" + poor + "'"));
        page = reviews.ofWorker(worker, "it");
        assertEquals(2, page.summary().count());
        assertEquals("Lento e caro", page.reviews().get(0).comment(), "newest first");
        var summary = reviews.summaries(List.of(worker)).get(worker);
        assertEquals(page.summary().count(), summary.count());
        assertEquals(page.summary().bayesian(), summary.bayesian(), 1e-9);
    }

    @Test
    void aTraineesJobIsReviewedOnTheTeamAndOnlyEducatorsReadTheNote() throws Exception {
        long tutor = admin.call(() -> workers.save(TestWorkers.shaped(
                TestWorkers.form("Ugo", "Tutor", InContainerAccounts.unique("ugo"), "potatura", true),
                it.wecare.factotum.api.workers.WorkerKind.ARTISAN)));
        long educatorId = InContainerAccounts.educator(admin, accounts);
        long trainee = admin.call(() -> workers.save(
                TestWorkers.form("Tina", "Tirocinio", InContainerAccounts.unique("tina"), "potatura", true)));
        TestWorkers.inTraineeship(
                admin, traineeships, trainee, tutor, educatorId, TODAY.minusDays(10), TODAY.plusDays(60));
        admin.call(() -> teams.save(new it.wecare.factotum.workers.boundary.TeamForm(
                null, "Squadra Verde", tutor, List.of(trainee), null, List.of(), true, 0)));
        String client = InContainerAccounts.unique("tirocinio");
        long job = completedJob(client, trainee, "Livia Gialli");
        String token = token(inbox().await(job, "REVIEW_INVITATION", client));
        var invitation = reviews.invitation(token);
        assertTrue(invitation.traineeTookPart(), "the page offers the note for the educator");
        assertEquals("Squadra Verde", invitation.teamName());

        reviews.submit(token, new ReviewDraft(5, null, null, null, "Bravi tutti e due", "Tina è stata molto attenta"));
        assertEquals(0, reviews.ofWorker(trainee, "it").summary().count(), "never on the trainee");
        WorkerReviews onTeam = reviews.ofWorker(tutor, "it");
        assertEquals(1, onTeam.summary().count());
        assertEquals("Squadra Verde", onTeam.reviews().get(0).teamName());
        assertNull(onTeam.reviews().get(0).educatorNote(), "the public never reads the note");
        ReviewView forAdmin = admin.call(() -> reviews.ofRequest(job)).orElseThrow();
        assertNull(forAdmin.educatorNote(), "operators do not read it either");
        ReviewView forEducator = educator.call(() -> reviews.ofRequest(job)).orElseThrow();
        assertEquals("Tina è stata molto attenta", forEducator.educatorNote());
    }

    // --- helpers

    private String requests(long id) throws Exception {
        return admin.call(() -> desk.view(id, "it")).clientEmail();
    }

    private long newWorker(String firstName, String email) throws Exception {
        return admin.call(() -> workers.save(TestWorkers.form(firstName, "Recensita", email, "potatura", true)));
    }

    /** A job of {@code worker} for a client (null email: a client who phoned), done today. */
    private long completedJob(String clientEmail, long worker, String clientName) throws Exception {
        RequestDraft draft = new RequestDraft(
                "potatura",
                "Potare la siepe del cortile.",
                "001272",
                "Via Roma 1",
                null,
                TODAY,
                TODAY.plusDays(10),
                TimeOfDay.ANY,
                null,
                null,
                clientName,
                clientEmail,
                "+39 011 555 1234",
                null,
                "it",
                true,
                clientEmail == null ? Channel.PHONE : Channel.WEB,
                null);
        long id = clientEmail == null
                ? admin.call(() -> submissions.submit(draft, null)).id()
                : submissions.submit(draft, null).id();
        RequestView submitted = admin.call(() -> desk.view(id, "it"));
        RequestView inReview =
                admin.call(() -> desk.act(id, RequestAction.TAKE_IN_REVIEW, submitted.version(), null, "it"));
        var proposal = admin.call(() -> assignments.propose(id, worker, inReview.version(), "chosen by the test"));
        admin.call(() -> assignments.answerFor(proposal.id(), true, null, "it"));
        admin.call(() -> quotes.writeQuote(
                id,
                new QuoteDraft(
                        List.of(new QuoteDraft.Line(
                                "Potatura", BigDecimal.ONE, new BigDecimal("80"), new BigDecimal("22"))),
                        TODAY.plusDays(10))));
        admin.call(() ->
                quotes.sendQuote(id, admin.call(() -> desk.view(id, "it")).version(), "it"));
        // the client accepts (an operator can do it for a client who phoned)
        sql("UPDATE request_quote SET state = 'ACCEPTED' WHERE request_id = " + id);
        sql("UPDATE quote_request SET state = 'ACCEPTED' WHERE id = " + id);
        long v = admin.call(() -> desk.view(id, "it")).version();
        admin.call(() -> {
            jobs.schedule(id, v, TODAY, LocalTime.of(7, 0), 60);
            return null;
        });
        long v2 = admin.call(() -> desk.view(id, "it")).version();
        admin.call(() -> {
            jobs.complete(id, v2, BigDecimal.ONE, "Fatto");
            return null;
        });
        return id;
    }

    private static String token(String emailText) {
        Matcher m = REVIEW_LINK.matcher(emailText);
        assertTrue(m.find(), "a review link in: " + emailText);
        return m.group(1);
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private void sql(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
