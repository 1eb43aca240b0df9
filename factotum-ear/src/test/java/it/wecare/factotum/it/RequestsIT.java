package it.wecare.factotum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.requests.boundary.Assignments;
import it.wecare.factotum.requests.boundary.RequestDesk;
import it.wecare.factotum.requests.boundary.RequestDraft;
import it.wecare.factotum.requests.boundary.RequestView;
import it.wecare.factotum.requests.boundary.Submissions;
import it.wecare.factotum.requests.boundary.Submitted;
import it.wecare.factotum.requests.boundary.TooManyRequests;
import it.wecare.factotum.requests.boundary.Tracking;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Quote requests through their boundary, on H2 and MySQL: submission rules, the lifecycle, conflicts. */
@ExtendWith(ArquillianExtension.class)
class RequestsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RequestsIT.class, AsAdministrator.class, TestWorkers.class);
    }

    @Inject
    Assignments assignments;

    @Inject
    RequestDesk desk;

    @Inject
    Submissions submissions;

    @Inject
    Tracking tracking;

    @Inject
    AsAdministrator admin;

    @Inject
    it.wecare.factotum.workers.boundary.Workers workers;

    private static String email() {
        return "cliente-" + UUID.randomUUID().toString().substring(0, 8) + "@factotum.test";
    }

    private static RequestDraft draft(String email, String token, LocalDate exact, LocalDate from, LocalDate to) {
        return new RequestDraft(
                "potatura",
                "Potare la siepe del giardino, circa 20 metri.",
                "001272",
                "Via Roma 1",
                exact,
                from,
                to,
                TimeOfDay.MORNING,
                null,
                null,
                "Giulia Verdi",
                email,
                "+39 011 555 1234",
                null,
                "it",
                true,
                Channel.WEB,
                token);
    }

    @Test
    void aRequestIsNumberedAndTheSameFormSubmittedTwiceIsOneRequest() {
        String token = UUID.randomUUID().toString();
        RequestDraft draft = draft(email(), token, TODAY.plusDays(3), null, null);
        Submitted first = submissions.submit(draft, "10.0.0.1");
        Submitted again = submissions.submit(draft, "10.0.0.1");
        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.id(), again.id());
        assertTrue(first.number().matches("\\d{4}-\\d{6}"), first.number());
    }

    @Test
    void datesInThePastReversedOrTooLongAreRefusedNamingTheField() {
        InvalidInput past = assertThrows(
                InvalidInput.class,
                () -> submissions.submit(draft(email(), null, TODAY.minusDays(1), null, null), null));
        assertEquals("exactDate", past.field());
        InvalidInput reversed = assertThrows(
                InvalidInput.class,
                () -> submissions.submit(draft(email(), null, null, TODAY.plusDays(10), TODAY.plusDays(2)), null));
        assertEquals("latest", reversed.field());
        InvalidInput tooLong = assertThrows(
                InvalidInput.class,
                () -> submissions.submit(draft(email(), null, null, TODAY.plusDays(1), TODAY.plusDays(120)), null));
        assertEquals("latest", tooLong.field());
        Submitted window = submissions.submit(draft(email(), null, null, TODAY, TODAY.plusDays(90)), null);
        assertNotNull(window.number());
    }

    @Test
    void aFloodFromOneAddressIsStoppedByTheRateLimit() {
        String email = email();
        for (int i = 0; i < 5; i++) {
            submissions.submit(draft(email, null, TODAY.plusDays(2), null, null), null);
        }
        assertThrows(
                TooManyRequests.class,
                () -> submissions.submit(draft(email, null, TODAY.plusDays(2), null, null), null));
    }

    @Test
    void anAnonymousCallerCannotPretendToBeTheDesk() throws Exception {
        RequestDraft d = draft(email(), null, TODAY.plusDays(2), null, null);
        RequestDraft byTelephone = new RequestDraft(
                d.subcategoryCode(),
                d.description(),
                d.comuneCode(),
                d.address(),
                d.exactDate(),
                null,
                null,
                d.timeOfDay(),
                null,
                null,
                d.clientName(),
                null,
                d.clientPhone(),
                null,
                "it",
                true,
                Channel.DESK,
                null);
        assertEquals(
                "channel",
                assertThrows(InvalidInput.class, () -> submissions.submit(byTelephone, null))
                        .field());
        Submitted byPhone = admin.call(() -> submissions.submit(byTelephone, null));
        assertEquals(
                Channel.DESK, admin.call(() -> desk.view(byPhone.id(), "it")).channel());
    }

    @Test
    void operatorsMoveTheRequestOnlyAsTheLifecycleAllowsAndAStaleVersionIsAConflict() throws Exception {
        Submitted s = submissions.submit(draft(email(), null, TODAY.plusDays(5), null, null), null);
        RequestView seen = admin.call(() -> desk.view(s.id(), "it"));
        assertEquals(RequestState.SUBMITTED, seen.state());
        assertEquals("Potatura", seen.serviceName());
        assertEquals("Torino (TO)", seen.comuneLabel());

        RequestView inReview =
                admin.call(() -> desk.act(s.id(), RequestAction.TAKE_IN_REVIEW, seen.version(), null, "it"));
        assertEquals(RequestState.IN_REVIEW, inReview.state());
        // a second operator who loaded the same version
        assertThrows(
                ConflictingChange.class,
                () -> admin.call(() -> desk.act(s.id(), RequestAction.REJECT, seen.version(), "Fuori zona", "it")));
        // taking it in review twice is not allowed
        InvalidInput twice = assertThrows(
                InvalidInput.class,
                () -> admin.call(() -> desk.act(s.id(), RequestAction.TAKE_IN_REVIEW, inReview.version(), null, "it")));
        assertEquals("action", twice.field());
        // a rejection needs its reason
        InvalidInput noReason = assertThrows(
                InvalidInput.class,
                () -> admin.call(() -> desk.act(s.id(), RequestAction.REJECT, inReview.version(), " ", "it")));
        assertEquals("note", noReason.field());

        RequestView rejected = admin.call(
                () -> desk.act(s.id(), RequestAction.REJECT, inReview.version(), "Fuori dalla nostra zona", "it"));
        assertEquals(RequestState.REJECTED, rejected.state());
        assertTrue(rejected.allowed().isEmpty());
        assertEquals(3, rejected.timeline().size());
        assertEquals("Fuori dalla nostra zona", rejected.timeline().get(2).note());
        assertEquals(Channel.DESK, rejected.timeline().get(2).channel());
    }

    @Test
    void aJobIsProposedOnlyInReviewToAnActiveWorkerAndToOneWorkerAtATime() throws Exception {
        Submitted s = submissions.submit(draft(email(), null, TODAY.plusDays(5), null, null), null);
        long worker = admin.call(() -> workers.save(TestWorkers.form("Piero", "Proposto", null, "potatura", true)));
        RequestView submitted = admin.call(() -> desk.view(s.id(), "it"));
        InvalidInput notYet = assertThrows(
                InvalidInput.class,
                () -> admin.call(() -> assignments.propose(s.id(), worker, submitted.version(), "chosen by the test")));
        assertEquals("action", notYet.field());

        RequestView inReview =
                admin.call(() -> desk.act(s.id(), RequestAction.TAKE_IN_REVIEW, submitted.version(), null, "it"));
        assertTrue(admin.call(() -> desk.candidates(s.id(), "it")).stream().anyMatch(w -> w.id() == worker));
        InvalidInput unknown = assertThrows(
                InvalidInput.class,
                () -> admin.call(
                        () -> assignments.propose(s.id(), 987654321L, inReview.version(), "chosen by the test")));
        assertEquals("worker", unknown.field());

        var proposed = admin.call(() -> assignments.propose(s.id(), worker, inReview.version(), "chosen by the test"));
        assertEquals(it.wecare.factotum.api.requests.AssignmentState.PROPOSED, proposed.state());
        RequestView after = admin.call(() -> desk.view(s.id(), "it"));
        assertEquals(RequestState.IN_REVIEW, after.state(), "a proposal leaves the request in review");
        ConflictingChange twice = assertThrows(
                ConflictingChange.class,
                () -> admin.call(() -> assignments.propose(s.id(), worker, after.version(), "chosen by the test")));
        assertEquals("request.error.alreadyProposed", twice.messageKey());
        assertEquals(1, admin.call(() -> assignments.assignments(s.id(), "it")).size());

        // the worker does not answer: the operator takes the job back and may propose it again
        RequestView withdrawn =
                admin.call(() -> assignments.withdraw(s.id(), after.version(), "Non risponde al telefono", "it"));
        assertEquals(RequestState.IN_REVIEW, withdrawn.state());
        assertEquals(
                it.wecare.factotum.api.requests.AssignmentState.WITHDRAWN,
                admin.call(() -> assignments.assignments(s.id(), "it")).get(0).state());
        assertEquals(
                "action",
                assertThrows(
                                InvalidInput.class,
                                () -> admin.call(() -> assignments.withdraw(s.id(), withdrawn.version(), null, "it")))
                        .field());
        admin.call(() -> assignments.propose(s.id(), worker, withdrawn.version(), "chosen by the test"));
        assertEquals(2, admin.call(() -> assignments.assignments(s.id(), "it")).size());
    }

    @Test
    void aForgedTrackingLinkIsRefused() {
        assertThrows(LinkRefused.class, () -> tracking.track("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    }
}
