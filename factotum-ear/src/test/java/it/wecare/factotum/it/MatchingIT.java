package it.wecare.factotum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.wecare.factotum.api.matching.Suggestions;
import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.matching.boundary.Matching;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.requests.boundary.AssignmentView;
import it.wecare.factotum.requests.boundary.Assignments;
import it.wecare.factotum.requests.boundary.RequestDesk;
import it.wecare.factotum.requests.boundary.RequestDraft;
import it.wecare.factotum.requests.boundary.RequestView;
import it.wecare.factotum.requests.boundary.Submissions;
import it.wecare.factotum.requests.boundary.Submitted;
import it.wecare.factotum.workers.boundary.Availability;
import it.wecare.factotum.workers.boundary.WorkerForm;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Matching through its boundary, on H2 and MySQL: the hard filters on real workers (area, activity, days
 * away), the explained ranking, proposing a suggestion or someone else with a reason, and a decline that
 * sends the request back to matching without that worker.
 */
@ExtendWith(ArquillianExtension.class)
class MatchingIT extends InContainerJourney {

    private static final String SERVICE = "montaggio-mobili";
    private static final String TORINO = "001272";
    private static final String CUNEO = "004078";

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainerJourney.deployment(MatchingIT.class);
    }

    @Inject
    Assignments assignments;

    @Inject
    RequestDesk desk;

    @Inject
    Submissions submissions;

    @Inject
    Matching matching;

    @Inject
    Workers workers;

    @Inject
    Availability availability;

    @Inject
    it.wecare.factotum.workers.boundary.Teams teams;

    @Inject
    it.wecare.factotum.platform.boundary.Accounts accounts;

    private static final java.util.regex.Pattern PROPOSAL =
            java.util.regex.Pattern.compile("proposal\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    private static String token(String email) {
        java.util.regex.Matcher m = PROPOSAL.matcher(email);
        assertTrue(m.find(), () -> "no proposal link in: " + email);
        return m.group(1);
    }

    private static WorkerForm worker(
            String lastName,
            SkillLevel level,
            String home,
            List<String> comuni,
            List<String> provinces,
            boolean active) {
        return worker(lastName, level, home, comuni, provinces, active, null);
    }

    private static WorkerForm worker(
            String lastName,
            SkillLevel level,
            String home,
            List<String> comuni,
            List<String> provinces,
            boolean active,
            String email) {
        return TestWorkers.form(
                "Test", lastName, email, Map.of(SERVICE, level), home, comuni, provinces, active, false);
    }

    private long inReview(LocalDate day) throws Exception {
        Submitted s = submissions.submit(
                new RequestDraft(
                        SERVICE,
                        "Montare un armadio a due ante e una libreria.",
                        TORINO,
                        "Via Roma 1",
                        day,
                        null,
                        null,
                        TimeOfDay.ANY,
                        null,
                        null,
                        "Carla Neri",
                        "cliente-" + UUID.randomUUID().toString().substring(0, 8) + "@factotum.test",
                        "011 555 1234",
                        null,
                        "it",
                        true,
                        Channel.WEB,
                        UUID.randomUUID().toString()),
                null);
        RequestView seen = admin.call(() -> desk.view(s.id(), "it"));
        admin.call(() -> desk.act(s.id(), RequestAction.TAKE_IN_REVIEW, seen.version(), null, "it"));
        return s.id();
    }

    private long version(long requestId) throws Exception {
        return admin.call(() -> desk.view(requestId, "it")).version();
    }

    @Test
    void theFiltersLeaveOutWhoCannotGoAndTheRankingExplainsTheRest() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = TODAY.plusDays(12);
        long near = admin.call(() ->
                workers.save(worker("Vicino" + tag, SkillLevel.EXPERT, TORINO, List.of(TORINO), List.of(), true)));
        long far = admin.call(
                () -> workers.save(worker("Lontano" + tag, SkillLevel.BASIC, CUNEO, List.of(), List.of("TO"), true)));
        long outside = admin.call(
                () -> workers.save(worker("Fuori" + tag, SkillLevel.EXPERT, CUNEO, List.of(CUNEO), List.of(), true)));
        long inactive = admin.call(() ->
                workers.save(worker("Inattivo" + tag, SkillLevel.EXPERT, TORINO, List.of(TORINO), List.of(), false)));
        long away = admin.call(
                () -> workers.save(worker("Via" + tag, SkillLevel.EXPERT, TORINO, List.of(TORINO), List.of(), true)));
        admin.call(() -> availability.addFor(away, day.minusDays(1), day.plusDays(1), "Ferie"));
        long request = inReview(day);

        Suggestions s = admin.call(() -> matching.suggest(request));

        List<Long> ranked =
                s.ranked().stream().map(Suggestions.Suggestion::workerId).toList();
        assertTrue(ranked.contains(near) && ranked.contains(far), () -> "suggested: " + ranked);
        assertFalse(ranked.contains(outside), "outside the area");
        assertFalse(ranked.contains(inactive), "inactive");
        assertFalse(ranked.contains(away), "away on the day");
        assertTrue(ranked.indexOf(near) < ranked.indexOf(far), "the expert next door before the beginner far away");
        assertTrue(s.filtered().get("OUTSIDE_AREA") > 0);
        assertTrue(s.filtered().get("INACTIVE") > 0);
        assertTrue(s.filtered().get("NOT_FREE") > 0);
        Suggestions.Suggestion best = s.of(near).orElseThrow();
        List<String> keys = best.reasons().stream().map(Suggestions.Reason::key).toList();
        assertTrue(
                keys.containsAll(List.of("matching.part.skill", "matching.part.sameComune", "matching.part.fairness")),
                () -> "reasons: " + keys);
        assertTrue(
                s.of(far).orElseThrow().reasons().stream().anyMatch(r -> r.key().equals("matching.part.far")));
        assertTrue(best.percent() >= 1 && best.percent() <= 100);
        assertEquals(s, admin.call(() -> matching.suggest(request)), "the same inputs give the same ranking");
    }

    @Test
    void someoneOutsideTheSuggestionsNeedsAReasonAndADeclineSendsTheJobBackWithoutThatWorker() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = TODAY.plusDays(15);
        long first = admin.call(
                () -> workers.save(worker("Primo" + tag, SkillLevel.EXPERT, TORINO, List.of(TORINO), List.of(), true)));
        long outside = admin.call(
                () -> workers.save(worker("Esterno" + tag, SkillLevel.GOOD, CUNEO, List.of(CUNEO), List.of(), true)));
        long request = inReview(day);

        InvalidInput noReason = assertThrows(
                InvalidInput.class, () -> admin.call(() -> matching.propose(request, outside, version(request), "  ")));
        assertEquals("outsideReason", noReason.field());

        AssignmentView proposed = admin.call(() -> matching.propose(request, first, version(request), null));
        assertEquals(AssignmentState.PROPOSED, proposed.state());
        RequestView view = admin.call(() -> desk.view(request, "it"));
        assertTrue(
                view.timeline().stream()
                        .anyMatch(line -> line.action().equals("PROPOSE")
                                && line.note().contains("Primo" + tag)
                                && line.note().contains("#")),
                () -> "timeline: " + view.timeline());

        admin.call(() -> assignments.answerFor(proposed.id(), false, "Impegnato quel giorno", "it"));
        Suggestions again = admin.call(() -> matching.suggest(request));
        assertTrue(again.of(first).isEmpty(), "who declined is not suggested again");
        assertEquals(1L, again.filtered().get("ALREADY_ASKED"));

        AssignmentView chosen =
                admin.call(() -> matching.propose(request, outside, version(request), "Conosce già la cliente"));
        assertEquals(AssignmentState.PROPOSED, chosen.state());
        assertTrue(admin.call(() -> desk.view(request, "it")).timeline().stream()
                .anyMatch(line -> line.note() != null && line.note().contains("Conosce già la cliente")));
    }

    @Test
    void theWorkerAnswersFromTheEmailedLinkOnlyByClickingAndOperatorsHearOfDeclinesAndLapses() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String operator = InContainerAccounts.operator(admin, accounts);
        String firstEmail = "primo-" + tag + "@factotum.test";
        String secondEmail = "secondo-" + tag + "@factotum.test";
        WorkerForm first =
                worker("Primo" + tag, SkillLevel.EXPERT, TORINO, List.of(TORINO), List.of(), true, firstEmail);
        WorkerForm second =
                worker("Secondo" + tag, SkillLevel.GOOD, TORINO, List.of(TORINO), List.of(), true, secondEmail);
        long firstId = admin.call(() -> workers.save(first));
        long secondId = admin.call(() -> workers.save(second));
        long request = inReview(TODAY.plusDays(20));
        InContainerInbox inbox = inbox();

        // the first worker is proposed the job by email; opening the link changes nothing
        admin.call(() -> matching.propose(request, firstId, version(request), null));
        String proposal = inbox.await(request, "JOB_PROPOSED", firstEmail);
        assertTrue(proposal.contains("Montaggio"), proposal);
        String token = token(proposal);
        assertEquals(AssignmentState.PROPOSED, assignments.proposal(token).state());
        assertEquals(AssignmentState.PROPOSED, assignments.proposal(token).state());

        // a decline needs a reason; with one it is recorded and the operators are told
        assertEquals(
                "reason",
                assertThrows(InvalidInput.class, () -> assignments.answerByLink(token, false, " "))
                        .field());
        assertEquals(
                AssignmentState.DECLINED,
                assignments.answerByLink(token, false, "Sono in ferie").state());
        assertTrue(inbox.await(request, "PROPOSAL_DECLINED", operator).contains("Sono in ferie"));
        assertThrows(
                it.wecare.factotum.platform.boundary.LinkRefused.class,
                () -> assignments.answerByLink(token, true, null),
                "a used link answers nothing");

        // the second does not answer in time: the proposal lapses, the operators are told, the link is dead
        admin.call(() -> matching.propose(request, secondId, version(request), null));
        String secondToken = token(inbox.await(request, "JOB_PROPOSED", secondEmail));
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement st = c.prepareStatement(
                        "UPDATE request_assignment SET proposed_at = ?, answer_by = ? WHERE request_id = ?"
                                + " AND worker_id = ?")) {
            java.time.Instant proposed = java.time.Instant.now().minus(java.time.Duration.ofDays(3));
            st.setObject(1, java.time.LocalDateTime.ofInstant(proposed, java.time.ZoneOffset.UTC));
            st.setObject(
                    2,
                    java.time.LocalDateTime.ofInstant(
                            proposed.plus(java.time.Duration.ofHours(48)), java.time.ZoneOffset.UTC));
            st.setLong(3, request);
            st.setLong(4, secondId);
            assertEquals(1, st.executeUpdate());
        }
        assertTrue(inbox.await(request, "PROPOSAL_LAPSED", operator).contains("Secondo" + tag));
        assertTrue(admin.call(() -> assignments.assignments(request, "it")).stream()
                .anyMatch(a -> a.workerId() == secondId && a.state() == AssignmentState.TIMED_OUT));
        assertThrows(it.wecare.factotum.platform.boundary.LinkRefused.class, () -> assignments.proposal(secondToken));
        Suggestions after = admin.call(() -> matching.suggest(request));
        assertTrue(after.of(firstId).isEmpty() && after.of(secondId).isEmpty(), "neither is suggested again");
        assertEquals(2L, after.filtered().get("ALREADY_ASKED"));

        // a third accepts from the link: the request is assigned and the operators are told
        String thirdEmail = "terzo-" + tag + "@factotum.test";
        long thirdId = admin.call(() -> workers.save(
                worker("Terzo" + tag, SkillLevel.GOOD, TORINO, List.of(TORINO), List.of(), true, thirdEmail)));
        admin.call(() -> matching.propose(request, thirdId, version(request), null));
        String thirdToken = token(inbox.await(request, "JOB_PROPOSED", thirdEmail));
        assertEquals(
                AssignmentState.ACCEPTED,
                assignments.answerByLink(thirdToken, true, null).state());
        assertTrue(inbox.await(request, "PROPOSAL_ACCEPTED", operator).contains("Terzo" + tag));
        assertEquals(
                it.wecare.factotum.api.requests.RequestState.ASSIGNED,
                admin.call(() -> desk.view(request, "it")).state());
    }

    @Test
    void forAServiceDoneAsAPairTheTeamOfASuggestedLeadIsProposedToTheLeadWithTheMatesFreeThatDay() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = TODAY.plusDays(25);
        long lead = admin.call(
                () -> workers.save(worker("Capo" + tag, SkillLevel.EXPERT, TORINO, List.of(TORINO), List.of(), true)));
        long mate = admin.call(
                () -> workers.save(worker("Aiuto" + tag, SkillLevel.BASIC, TORINO, List.of(TORINO), List.of(), true)));
        long away = admin.call(() ->
                workers.save(worker("Assente" + tag, SkillLevel.BASIC, TORINO, List.of(TORINO), List.of(), true)));
        admin.call(() -> availability.addFor(away, day, day, "Visita medica"));
        long team = admin.call(() -> teams.save(new it.wecare.factotum.workers.boundary.TeamForm(
                null, "Squadra " + tag, lead, List.of(mate, away), null, null, true, 0)));
        long request = inReview(day);

        Suggestions s = admin.call(() -> matching.suggest(request));
        Suggestions.Team suggested = s.teams().stream()
                .filter(t -> t.teamId() == team)
                .findFirst()
                .orElseThrow(() -> new AssertionError("team not suggested: " + s.teams()));
        assertEquals(lead, suggested.leadId());
        assertEquals(
                List.of(mate),
                suggested.mates().stream().map(Suggestions.Mate::workerId).toList());

        AssignmentView proposed = admin.call(() -> matching.proposeTeam(request, team, version(request)));
        assertEquals(lead, proposed.workerId());
        assertTrue(admin.call(() -> desk.view(request, "it")).timeline().stream()
                .anyMatch(line -> "PROPOSE".equals(line.action())
                        && line.note().contains("Squadra " + tag)
                        && line.note().contains("Aiuto" + tag)
                        && !line.note().contains("Assente" + tag)));
        assertEquals(
                "team",
                assertThrows(
                                InvalidInput.class,
                                () -> admin.call(() -> matching.proposeTeam(request, 987654321L, version(request))))
                        .field());
    }
}
