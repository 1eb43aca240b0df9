package it.wecare.factotum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.barter.boundary.GoodsOffers;
import it.wecare.factotum.matching.boundary.Matching;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.AuditQuery;
import it.wecare.factotum.platform.boundary.AuditRecord;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.ratings.boundary.Reviews;
import it.wecare.factotum.requests.boundary.Assignments;
import it.wecare.factotum.requests.boundary.Jobs;
import it.wecare.factotum.requests.boundary.Quotes;
import it.wecare.factotum.requests.boundary.RequestDesk;
import it.wecare.factotum.requests.boundary.RequestDraft;
import it.wecare.factotum.requests.boundary.RequestQuery;
import it.wecare.factotum.requests.boundary.RequestRow;
import it.wecare.factotum.requests.boundary.RequestView;
import it.wecare.factotum.requests.boundary.Submissions;
import it.wecare.factotum.workers.boundary.Teams;
import it.wecare.factotum.workers.boundary.WorkerQuery;
import it.wecare.factotum.workers.boundary.WorkerRow;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: an educator reads the requests, jobs and audit entries of the trainees they follow —
 * in the boundaries and on the pages — and anything else is "not found"; the operators' tools are refused.
 */
@ExtendWith(ArquillianExtension.class)
class EducatorScopeIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                List.of(org.assertj.core.api.Assertions.class),
                EducatorScopeIT.class,
                AsAdministrator.class,
                AsEducator.class,
                InContainerAccounts.class,
                TestWorkers.class,
                PagesClient.class);
    }

    @Inject
    Assignments assignments;

    @Inject
    it.wecare.factotum.training.boundary.Traineeships traineeships;

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
    Teams teams;

    @Inject
    Matching matching;

    @Inject
    GoodsOffers goods;

    @Inject
    Reviews reviews;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    @Inject
    AsAdministrator admin;

    @Inject
    AsEducator educator;

    @Test
    void anEducatorReadsOnlyTheirTraineesWorkAndNothingElseExists() throws Exception {
        long educatorId = InContainerAccounts.educator(admin, accounts);
        long tutor = admin.call(() -> workers.save(
                TestWorkers.shaped(TestWorkers.form("Bruno", "Maestro", null, "potatura"), WorkerKind.ARTISAN)));
        long trainee = admin.call(() -> workers.save(TestWorkers.form("Tea", "Seguita", null, "potatura")));
        TestWorkers.inTraineeship(
                admin, traineeships, trainee, tutor, educatorId, TODAY.minusDays(30), TODAY.plusMonths(4));
        long stranger = admin.call(() -> workers.save(TestWorkers.form("Oreste", "Altrui", null, "potatura")));
        String clientEmail = InContainerAccounts.unique("cliente-seguita");
        long followed = proposed(trainee, "Cliente Seguita", clientEmail);
        long other = proposed(stranger, "Cliente Altrui", null);

        // the queue, the counts and one request
        List<Long> queue = educator
                .call(() -> desk.page(new RequestQuery(null, true, null, null, null, null, null, null), 0, 200, "it"))
                .items()
                .stream()
                .map(RequestRow::id)
                .toList();
        assertThat(queue).contains(followed).doesNotContain(other);
        assertThat(educator.call(() -> desk.countByState()).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(queue.size());
        RequestView seen = educator.call(() -> desk.view(followed, "it"));
        assertThat(seen.clientName()).isEqualTo("Cliente Seguita");
        assertThat(seen.clientPhone())
                .as("an educator does not read the client's contacts")
                .isNull();
        assertThat(seen.clientEmail()).isNull();
        assertThat(seen.allowed()).as("nothing to act on").isEmpty();
        assertThat(educator.call(() -> assignments.assignments(followed, "it")))
                .extracting(a -> a.workerId())
                .containsExactly(trainee);
        assertThat(admin.call(() -> desk.view(other, "it")).clientPhone()).isNotNull();

        // every read of a request outside the scope is "not found", as for a request that does not exist
        assertThrows(RecordNotFound.class, () -> educator.call(() -> desk.view(other, "it")));
        assertThrows(RecordNotFound.class, () -> educator.call(() -> assignments.assignments(other, "it")));
        assertThrows(RecordNotFound.class, () -> educator.call(() -> quotes.quote(other)));
        assertThrows(RecordNotFound.class, () -> educator.call(() -> quotes.quotePdf(other)));
        assertThrows(RecordNotFound.class, () -> educator.call(() -> desk.photo(other, 1)));
        assertThrows(RecordNotFound.class, () -> educator.call(() -> goods.ofRequest(other, "it")));
        assertThrows(RecordNotFound.class, () -> educator.call(() -> goods.credit(other)));
        assertThrows(RecordNotFound.class, () -> educator.call(() -> reviews.ofRequest(other)));

        // workers, calendar and availability: the trainees only
        List<Long> listed = educator
                .call(() -> workers.page(new WorkerQuery(null, null, null, null, "lastName", true), 0, 500))
                .items()
                .stream()
                .map(WorkerRow::id)
                .toList();
        assertThat(listed).contains(trainee).doesNotContain(tutor, stranger);
        assertThrows(
                RecordNotFound.class,
                () -> educator.call(() -> jobs.calendar(TODAY, TODAY.plusDays(30), stranger, "it")));
        assertThat(educator.call(() -> jobs.calendar(TODAY.minusDays(30), TODAY.plusDays(30), null, "it")))
                .allSatisfy(e -> assertThat(e.workerId()).isIn(listed));

        // the audit log: entries about the trainee and the requests they worked on
        List<AuditRecord> entries =
                educator.call(() -> audit.search(AuditQuery.any(), 0, 500)).items();
        assertThat(entries)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(
                                e.recordType().equals("Worker")
                                        ? listed.contains(Long.valueOf(e.recordId()))
                                        : e.recordType().equals("QuoteRequest")
                                                && queue.contains(Long.valueOf(e.recordId())))
                        .as("%s %s is about a followed trainee", e.recordType(), e.recordId())
                        .isTrue());
        assertThat(entries).anySatisfy(e -> assertThat(e.recordId()).isEqualTo(String.valueOf(trainee)));
        assertThat(entries)
                .noneSatisfy(e -> assertThat(e.recordType() + " " + e.recordId())
                        .isIn("QuoteRequest " + other, "Worker " + stranger));
        assertThat(admin.call(() -> audit.search(
                                new AuditQuery(null, null, "Worker", String.valueOf(stranger), null, null), 0, 10))
                        .items())
                .as("an administrator reads every entry")
                .isNotEmpty();

        // the operators' tools are refused
        assertThrows(EJBAccessException.class, () -> educator.call(() -> matching.suggest(followed)));
        assertThrows(EJBAccessException.class, () -> educator.call(() -> teams.all()));
        assertThrows(EJBAccessException.class, () -> educator.call(() -> jobs.commitmentsFor(followed, "it")));
        assertThrows(EJBAccessException.class, () -> educator.call(() -> workers.form(trainee)));

        // the pages say the same
        PagesClient pages = new PagesClient(System.getProperty("factotum.base.url", "http://localhost:8080"));
        assertThat(pages.login(AsEducator.EMAIL, InContainerAccounts.EDUCATOR_PASSWORD)
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> page = pages.get("/backoffice/request.xhtml?id=" + followed);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Cliente Seguita")
                .contains("Tea Seguita")
                .doesNotContain("id=\"suggestions\"")
                .doesNotContain("saveNote")
                .doesNotContain("+39 011 555 0000")
                .as("the client's email, not even as the author of a line of the timeline")
                .doesNotContain(clientEmail);
        assertThat(pages.get("/backoffice/request.xhtml?id=" + other).statusCode())
                .isEqualTo(404);
        assertThat(pages.get("/photos/request?id=" + other + "&n=1").statusCode())
                .isEqualTo(404);
        assertThat(pages.get("/request/quote.pdf?id=" + other).statusCode()).isEqualTo(404);
        HttpResponse<String> list = pages.get("/backoffice/workers.xhtml");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("Seguita Tea")
                .doesNotContain("Altrui Oreste")
                .as("no link to a page the educator may not open")
                .doesNotContain("/backoffice/worker.xhtml")
                .doesNotContain("/backoffice/teams.xhtml");
        assertThat(pages.get("/backoffice/teams.xhtml").statusCode()).isEqualTo(403);
        assertThat(pages.get("/backoffice/worker.xhtml?id=" + trainee).statusCode())
                .isEqualTo(403);
        assertThat(pages.get("/backoffice/request-new.xhtml").statusCode()).isEqualTo(403);
        for (String path : List.of(
                "/backoffice/index.xhtml",
                "/backoffice/requests.xhtml",
                "/backoffice/calendar.xhtml",
                "/backoffice/reviews.xhtml",
                "/backoffice/audit.xhtml")) {
            HttpResponse<String> shown = pages.get(path);
            assertThat(shown.statusCode()).as(path).isEqualTo(200);
            assertThat(shown.body()).as(path).doesNotContain("Cliente Altrui");
        }
    }

    /** A request (by phone, or from the site when the client gives an email), in review, proposed to {@code worker}: its id. */
    private long proposed(long worker, String clientName, String clientEmail) throws Exception {
        RequestDraft draft = new RequestDraft(
                "potatura",
                "Potare la siepe del cortile.",
                "001272",
                "Via Roma 1",
                null,
                TODAY.plusDays(3),
                TODAY.plusDays(20),
                TimeOfDay.ANY,
                null,
                null,
                clientName,
                clientEmail,
                "+39 011 555 0000",
                null,
                "it",
                true,
                clientEmail == null ? Channel.PHONE : Channel.WEB,
                null);
        // with an email the client sends it from the site (the timeline names the client by email)
        long id = clientEmail == null
                ? admin.call(() -> submissions.submit(draft, null)).id()
                : submissions.submit(draft, null).id();
        long version = admin.call(() -> desk.view(id, "it")).version();
        RequestView inReview = admin.call(() -> desk.act(id, RequestAction.TAKE_IN_REVIEW, version, null, "it"));
        admin.call(() -> assignments.propose(id, worker, inReview.version(), "chosen by the test"));
        return id;
    }
}
