package it.wecare.factotum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.requests.boundary.Assignments;
import it.wecare.factotum.requests.boundary.CalendarEntry;
import it.wecare.factotum.requests.boundary.Jobs;
import it.wecare.factotum.requests.boundary.QuoteDraft;
import it.wecare.factotum.requests.boundary.Quotes;
import it.wecare.factotum.requests.boundary.RequestDesk;
import it.wecare.factotum.requests.boundary.RequestDraft;
import it.wecare.factotum.requests.boundary.RequestView;
import it.wecare.factotum.requests.boundary.Submissions;
import it.wecare.factotum.requests.boundary.Tracking;
import it.wecare.factotum.workers.boundary.Availability;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The request lifecycle through its boundaries, on H2 and MySQL, from submission to the completed job:
 * the worker's answer, the quote answered from the emailed link, scheduling inside the window against the
 * worker's days away and other jobs, completion; the timer's expiry, warning and reminder (run every 2 s
 * in the tests) each once; a new tracking link on request; an expired link. Every email is received by a
 * GreenMail SMTP server started inside WildFly for each test (the outbox delivers to it), and the test
 * follows the link it carries.
 */
@ExtendWith(ArquillianExtension.class)
class JobsIT extends InContainerJourney {

    private static final Pattern TOKEN = Pattern.compile("track\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainerJourney.deployment(JobsIT.class);
    }

    @Inject
    Assignments assignments;

    @Inject
    Quotes quotes;

    @Inject
    RequestDesk desk;

    @Inject
    Submissions submissions;

    @Inject
    Tracking tracking;

    @Inject
    Jobs jobs;

    @Inject
    Availability availability;

    @Inject
    Workers workers;

    private long newWorker(String email) throws Exception {
        return admin.call(() -> workers.save(TestWorkers.form("Piero", "Calendario", email, "potatura")));
    }

    /** A request in the window from today to 10 days on, accepted by the worker, with its quote accepted. */
    private long acceptedRequest(String clientEmail, long worker) throws Exception {
        long id = submissions
                .submit(
                        new RequestDraft(
                                "potatura",
                                "Potare la siepe, circa 20 metri.",
                                "001272",
                                "Via Roma 1",
                                null,
                                TODAY,
                                TODAY.plusDays(10),
                                TimeOfDay.ANY,
                                null,
                                null,
                                "Giulia Verdi",
                                clientEmail,
                                "+39 011 555 1234",
                                null,
                                "it",
                                true,
                                Channel.WEB,
                                null),
                        null)
                .id();
        quoted(id, worker, TODAY.plusDays(5));
        String token = token(lastEmail(id, "QUOTE_READY", clientEmail));
        RequestView seen = tracking.track(token);
        RequestView accepted = quotes.answerQuote(token, seen.version(), true, null);
        assertEquals(RequestState.ACCEPTED, accepted.state());
        return id;
    }

    private void quoted(long id, long worker, LocalDate validUntil) throws Exception {
        RequestView submitted = admin.call(() -> desk.view(id, "it"));
        RequestView inReview =
                admin.call(() -> desk.act(id, RequestAction.TAKE_IN_REVIEW, submitted.version(), null, "it"));
        var proposal = admin.call(() -> assignments.propose(id, worker, inReview.version(), "chosen by the test"));
        // the worker answered by phone
        admin.call(() -> assignments.answerFor(proposal.id(), true, null, "it"));
        admin.call(() -> quotes.writeQuote(
                id,
                new QuoteDraft(
                        List.of(new QuoteDraft.Line(
                                "Potatura siepe", new BigDecimal("3"), new BigDecimal("33.33"), new BigDecimal("22"))),
                        validUntil)));
        RequestView assigned = admin.call(() -> desk.view(id, "it"));
        assertEquals(RequestState.ASSIGNED, assigned.state());
        admin.call(() -> quotes.sendQuote(id, assigned.version(), "it"));
    }

    private RequestView view(long id) throws Exception {
        return admin.call(() -> desk.view(id, "it"));
    }

    @Test
    void fromTheAcceptedQuoteToTheCompletedJobInsideTheClientsWindowAndTheWorkersCalendar() throws Exception {
        String client = InContainerAccounts.unique("cliente");
        String workerEmail = InContainerAccounts.unique("piero");
        long worker = newWorker(workerEmail);
        long first = acceptedRequest(client, worker);

        // the worker is away on the fourth day; the client's window ends on the tenth
        admin.call(() -> availability.addFor(worker, TODAY.plusDays(4), TODAY.plusDays(4), "Visita medica"));
        long v = view(first).version();
        assertEquals(
                "scheduledDate", refused(() -> jobs.schedule(first, v, TODAY.plusDays(4), LocalTime.of(9, 0), 120)));
        assertEquals(
                "scheduledDate", refused(() -> jobs.schedule(first, v, TODAY.plusDays(11), LocalTime.of(9, 0), 120)));
        assertEquals("scheduledStart", refused(() -> jobs.schedule(first, v, TODAY, null, 120)));
        assertEquals("scheduledMinutes", refused(() -> jobs.schedule(first, v, TODAY, LocalTime.of(9, 0), 5)));

        admin.call(() -> {
            jobs.schedule(first, v, TODAY, LocalTime.of(7, 0), 120);
            return null;
        });
        RequestView scheduled = view(first);
        assertEquals(RequestState.SCHEDULED, scheduled.state());
        assertEquals(TODAY, scheduled.job().date());
        assertEquals(LocalTime.of(9, 0), scheduled.job().end());
        assertEquals("Piero Calendario", scheduled.job().workerName());
        assertTrue(lastEmail(first, "JOB_SCHEDULED", client).contains("Piero Calendario"));
        assertTrue(lastEmail(first, "JOB_SCHEDULED_WORKER", workerEmail).contains("Via Roma 1"));
        // the link in the scheduling email opens the tracking page with the date
        String token = token(lastEmail(first, "JOB_SCHEDULED", client));
        assertEquals(TODAY, tracking.track(token).job().date());
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:8080/request/track.xhtml?token=" + token))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(scheduled.number()), "the tracking page shows the request");
        assertTrue(page.body().contains("Piero Calendario"), "and who does the job");

        // a second job of the same worker cannot overlap the first
        long second = acceptedRequest(InContainerAccounts.unique("altro"), worker);
        long v2 = view(second).version();
        InvalidInput busy = assertThrows(
                InvalidInput.class,
                () -> admin.call(() -> {
                    jobs.schedule(second, v2, TODAY, LocalTime.of(8, 0), 60);
                    return null;
                }));
        assertEquals("scheduledStart", busy.field());
        assertEquals(scheduled.number(), busy.arguments()[0]);
        admin.call(() -> {
            jobs.schedule(second, v2, TODAY, LocalTime.of(9, 0), 60);
            return null;
        });
        List<CalendarEntry> calendar = admin.call(() -> jobs.calendar(TODAY, TODAY.plusDays(6), worker, "it"));
        assertEquals(3, calendar.size(), "two jobs and one day away: " + calendar);
        assertEquals(CalendarEntry.Kind.AWAY, calendar.get(2).kind());

        // done: the hours are required, then the job is COMPLETED and the client told
        long v3 = view(first).version();
        assertEquals("workedHours", refused(() -> jobs.complete(first, v3, null, null)));
        assertEquals("workedHours", refused(() -> jobs.complete(first, v3, new BigDecimal("120"), null)));
        admin.call(() -> {
            jobs.complete(first, v3, new BigDecimal("2.5"), "Siepe potata, rami portati via.");
            return null;
        });
        RequestView done = view(first);
        assertEquals(RequestState.COMPLETED, done.state());
        assertEquals(new BigDecimal("2.50"), done.job().workedHours());
        assertTrue(lastEmail(first, "JOB_COMPLETED", client).contains("Piero Calendario"));
        assertEquals("action", refused(() -> jobs.complete(first, done.version(), BigDecimal.ONE, null)));
    }

    @Test
    void aJobIsNotMarkedDoneBeforeItsDayAndTomorrowsJobIsRemindedOnce() throws Exception {
        String client = InContainerAccounts.unique("domani");
        String workerEmail = InContainerAccounts.unique("promemoria");
        long worker = newWorker(workerEmail);
        long id = acceptedRequest(client, worker);
        long v = view(id).version();
        admin.call(() -> {
            jobs.schedule(id, v, TODAY.plusDays(1), LocalTime.of(14, 0), 90);
            return null;
        });
        long v2 = view(id).version();
        InvalidInput notYet = assertThrows(
                InvalidInput.class,
                () -> admin.call(() -> {
                    jobs.complete(id, v2, BigDecimal.ONE, null);
                    return null;
                }));
        assertEquals("complete.error.notYet", notYet.messageKey());

        String toClient = awaitEmail(id, "JOB_REMINDER", client);
        assertTrue(toClient.contains("14:00"), toClient);
        awaitEmail(id, "JOB_REMINDER_WORKER", workerEmail);
        Thread.sleep(5000); // two more rounds of the timer
        assertEquals(1, emails(id, "JOB_REMINDER", client).size(), "reminded once");
        assertEquals(1, emails(id, "JOB_REMINDER_WORKER", workerEmail).size(), "reminded once");
    }

    @Test
    void anUnansweredQuoteIsWarnedOnceThenExpiresAndTheRequestSaysSo() throws Exception {
        String client = InContainerAccounts.unique("scade");
        long worker = newWorker(InContainerAccounts.unique("scadenza"));
        long id = submissions
                .submit(
                        new RequestDraft(
                                "potatura",
                                "Potare due alberi.",
                                "001272",
                                "Via Po 3",
                                TODAY.plusDays(20),
                                null,
                                null,
                                TimeOfDay.MORNING,
                                null,
                                null,
                                "Luca Neri",
                                client,
                                null,
                                null,
                                "it",
                                true,
                                Channel.WEB,
                                null),
                        null)
                .id();
        quoted(id, worker, TODAY.plusDays(1));
        assertTrue(emails(id, "QUOTE_EXPIRING", client).isEmpty(), "a quote sent inside its last days is not warned");
        // as if it had been sent ten days ago
        sql(
                "UPDATE request_quote SET sent_at = ? WHERE request_id = ?",
                Instant.now().minus(Duration.ofDays(10)),
                id);
        String warning = awaitEmail(id, "QUOTE_EXPIRING", client);
        tracking.track(token(warning));
        Thread.sleep(5000);
        assertEquals(1, emails(id, "QUOTE_EXPIRING", client).size(), "warned once");

        sql("UPDATE request_quote SET valid_until = ? WHERE request_id = ?", TODAY.minusDays(1), id);
        awaitEmail(id, "QUOTE_EXPIRED", client);
        RequestView expired = view(id);
        assertEquals(RequestState.EXPIRED, expired.state());
        assertEquals(
                "system", expired.timeline().get(expired.timeline().size() - 1).actor());
        assertEquals(
                Channel.SYSTEM,
                expired.timeline().get(expired.timeline().size() - 1).channel());
        assertEquals(
                it.wecare.factotum.api.requests.QuoteState.EXPIRED,
                admin.call(() -> quotes.quote(id)).orElseThrow().state());
    }

    @Test
    void aClientAsksForANewTrackingLinkWithNumberAndEmailAndACancelledJobTellsTheWorker() throws Exception {
        String client = InContainerAccounts.unique("link");
        String workerEmail = InContainerAccounts.unique("annullato");
        long worker = newWorker(workerEmail);
        long id = acceptedRequest(client, worker);
        String number = view(id).number();

        tracking.sendNewTrackingLink(number, "someone-else@factotum.test");
        assertTrue(emails(id, "TRACKING_LINK", client).isEmpty(), "a wrong email gets nothing");
        String firstLink = lastEmail(id, "REQUEST_RECEIVED", client);
        tracking.sendNewTrackingLink(number, client.toUpperCase(java.util.Locale.ROOT));
        String newLink = lastEmail(id, "TRACKING_LINK", client);
        RequestView tracked = tracking.track(token(newLink));
        assertEquals(number, tracked.number());
        assertEquals(number, tracking.track(token(firstLink)).number(), "the links sent before keep working");
        // three asked for an hour, however many automatic emails carried links meanwhile
        tracking.sendNewTrackingLink(number, client);
        tracking.sendNewTrackingLink(number, client);
        tracking.sendNewTrackingLink(number, client);
        assertEquals(3, emails(id, "TRACKING_LINK", client).size(), "the fourth within the hour is not sent");
        assertNull(tracked.timeline().stream()
                .filter(l -> "NOTE".equals(l.action()))
                .findAny()
                .orElse(null));

        RequestView cancelled =
                tracking.cancelByClient(token(newLink), tracked.version(), "Ho trovato un vicino che lo fa");
        assertEquals(RequestState.CANCELLED, cancelled.state());
        assertTrue(lastEmail(id, "JOB_CANCELLED_WORKER", workerEmail).contains("Ho trovato un vicino che lo fa"));
    }

    @Test
    void daysAwayAreCheckedNamingTheField() throws Exception {
        long worker = newWorker(InContainerAccounts.unique("assenze"));
        assertEquals("lastDay", refused(() -> availability.addFor(worker, TODAY.plusDays(3), TODAY.plusDays(1), null)));
        assertEquals(
                "lastDay", refused(() -> availability.addFor(worker, TODAY.minusDays(5), TODAY.minusDays(1), null)));
        assertEquals("reason", refused(() -> availability.addFor(worker, TODAY, TODAY, "x".repeat(201))));
        var added = admin.call(() -> availability.addFor(worker, TODAY.plusDays(1), TODAY.plusDays(7), "Ferie"));
        assertEquals(1, admin.call(() -> availability.of(worker)).size());
        admin.run(() -> availability.remove(added.id()));
        assertTrue(admin.call(() -> availability.of(worker)).isEmpty());
    }

    private String refused(Callable<?> call) {
        return assertThrows(InvalidInput.class, () -> admin.call(call)).field();
    }

    private String refused(Runnable call) {
        return refused(() -> {
            call.run();
            return null;
        });
    }

    private String awaitEmail(long requestId, String kind, String recipient) throws Exception {
        return inbox().await(requestId, kind, recipient);
    }

    private String lastEmail(long requestId, String kind, String recipient) throws Exception {
        return inbox().last(requestId, kind, recipient);
    }

    private List<String> emails(long requestId, String kind, String recipient) throws Exception {
        return inbox().all(requestId, kind, recipient);
    }

    private static String token(String emailText) {
        Matcher m = TOKEN.matcher(emailText);
        assertTrue(m.find(), "a tracking link in: " + emailText);
        return m.group(1);
    }

    private void sql(String statement, Object value, Object id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(statement)) {
            if (value instanceof Instant instant) {
                s.setObject(1, java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
            } else {
                s.setObject(1, value);
            }
            s.setObject(2, id);
            s.executeUpdate();
        }
    }
}
