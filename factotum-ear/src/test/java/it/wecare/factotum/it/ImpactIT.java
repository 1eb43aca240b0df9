package it.wecare.factotum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.reporting.boundary.Impact;
import it.wecare.factotum.reporting.boundary.ImpactFigures;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Family;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Figure;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Line;
import it.wecare.factotum.reporting.boundary.ImpactPeriod;
import it.wecare.factotum.reporting.boundary.Methodology;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The impact figures against a data set built by hand in a month of the past (March 2021, and February
 * before it) for an organisation of its own, so that no other test's data is counted: every expected value
 * below is worked out in its comment, not by the code under test. The credit is the network's ledger: its
 * figures are checked against the ledger's own sums.
 */
@ExtendWith(ArquillianExtension.class)
class ImpactIT {

    static final LocalDate MARCH_1 = LocalDate.of(2021, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2021, 3, 31);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                List.of(org.assertj.core.api.Assertions.class),
                ImpactIT.class,
                AsAdministrator.class,
                AsOperator.class);
    }

    @Resource(lookup = "java:jboss/datasources/FactotumDS")
    DataSource dataSource;

    @Inject
    Impact impact;

    @Inject
    AsAdministrator admin;

    @Inject
    AsOperator operator;

    @Inject
    Catalog catalog;

    @Inject
    Comuni comuni;

    @Inject
    Settings settings;

    private String org;
    private String tag;
    private int numbered;
    private String s1;
    private String s2;
    private String category1;
    private String category2;
    private String torino = "001272";
    private String elsewhere;

    @BeforeEach
    void aMonthOfWork() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 8);
        org = "impact-" + tag;
        List<CategoryNode> tree = catalog.tree("it").stream()
                .filter(n -> !n.subcategories().isEmpty())
                .toList();
        CategoryNode first = tree.get(0);
        CategoryNode second = tree.get(1);
        s1 = first.subcategories().get(0).code();
        category1 = first.code();
        s2 = second.subcategories().get(0).code();
        category2 = second.code();
        ComuneSummary other = comuni.directory().values().stream()
                .filter(c -> c.active() && !c.provinceCode().equals("TO"))
                .findFirst()
                .orElseThrow();
        elsewhere = other.istatCode();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            insert(
                    c,
                    "INSERT INTO partner_organisation (code, name, active, row_version) VALUES (?, ?, TRUE, 1)",
                    org,
                    "Cooperativa impatto " + tag);
            long w1 = worker(c, "FACTOTUM", "Uno");
            long w2 = worker(c, "FACTOTUM", "Due");
            long w3 = worker(c, "ARTISAN", "Tre");
            long trainee = worker(c, "FACTOTUM", "Allieva");

            // R1: web, s1 in Torino; proposed after 6 h, accepted after 24 h, done on day 10 in 3 h; 100 + 22 IVA
            long r1 = request(
                    c,
                    "WEB",
                    s1,
                    torino,
                    "2021-03-02T10:00:00Z",
                    "COMPLETED",
                    "2021-03-12T10:00:00Z",
                    "3.0",
                    "a" + tag + "@impact.test",
                    null);
            assignment(c, r1, w1, "ACCEPTED", "2021-03-02T16:00:00Z", "2021-03-03T10:00:00Z");
            quote(c, r1, "ACCEPTED", "2021-03-04T10:00:00Z", "100.00", "22.00", "122.00");
            // R2: phone; W2 declines (proposal 2 h after), W1 accepts after 24 h, done on day 15 in 5 h; 200 + 44
            long r2 = request(
                    c,
                    "PHONE",
                    s1,
                    torino,
                    "2021-03-05T10:00:00Z",
                    "COMPLETED",
                    "2021-03-20T10:00:00Z",
                    "5.0",
                    null,
                    "011 555 " + tag);
            assignment(c, r2, w2, "DECLINED", "2021-03-05T12:00:00Z", "2021-03-05T13:00:00Z");
            assignment(c, r2, w1, "ACCEPTED", "2021-03-05T14:00:00Z", "2021-03-06T10:00:00Z");
            quote(c, r2, "ACCEPTED", "2021-03-07T10:00:00Z", "200.00", "44.00", "244.00");
            // R3: web, s2, same client as R1; proposed after 10 h, accepted after 24 h, done on day 15 in 2 h; 50 + 11
            long r3 = request(
                    c,
                    "WEB",
                    s2,
                    torino,
                    "2021-03-10T10:00:00Z",
                    "COMPLETED",
                    "2021-03-25T10:00:00Z",
                    "2.0",
                    "a" + tag + "@impact.test",
                    null);
            assignment(c, r3, w3, "ACCEPTED", "2021-03-10T20:00:00Z", "2021-03-11T10:00:00Z");
            quote(c, r3, "ACCEPTED", "2021-03-12T10:00:00Z", "50.00", "11.00", "61.00");
            // R4: desk, s2; the proposal (after 2 h) lapses; cancelled the next day
            long r4 = request(
                    c,
                    "DESK",
                    s2,
                    torino,
                    "2021-03-15T10:00:00Z",
                    "CANCELLED",
                    "2021-03-16T10:00:00Z",
                    null,
                    "b" + tag + "@impact.test",
                    null);
            assignment(c, r4, w2, "TIMED_OUT", "2021-03-15T12:00:00Z", "2021-03-17T12:00:00Z");
            event(c, r4, "2021-03-16T10:00:00Z", "CANCEL", "CANCELLED", "Il cliente ha rinunciato");
            // R5: web, s1; proposed after 1 h, accepted after 2 h; its quote declined, then cancelled
            long r5 = request(
                    c,
                    "WEB",
                    s1,
                    torino,
                    "2021-03-18T10:00:00Z",
                    "CANCELLED",
                    "2021-03-20T10:00:00Z",
                    null,
                    "c" + tag + "@impact.test",
                    null);
            assignment(c, r5, w2, "ACCEPTED", "2021-03-18T11:00:00Z", "2021-03-18T12:00:00Z");
            quote(c, r5, "DECLINED", "2021-03-19T10:00:00Z", "90.00", "19.80", "109.80");
            event(c, r5, "2021-03-20T10:00:00Z", "CANCEL", "CANCELLED", "Preventivo rifiutato");
            // R7: web, s2, in another province; proposed after 2 h, accepted after 4 h; its quote and it expire
            long r7 = request(
                    c,
                    "WEB",
                    s2,
                    elsewhere,
                    "2021-03-28T10:00:00Z",
                    "EXPIRED",
                    "2021-03-31T10:00:00Z",
                    null,
                    "d" + tag + "@impact.test",
                    null);
            assignment(c, r7, w2, "ACCEPTED", "2021-03-28T12:00:00Z", "2021-03-28T14:00:00Z");
            quote(c, r7, "EXPIRED", "2021-03-29T10:00:00Z", "70.00", "15.40", "85.40");
            // R6, in February: web, s1, done in 4 h; 80 + 17.60
            long r6 = request(
                    c,
                    "WEB",
                    s1,
                    torino,
                    "2021-02-10T10:00:00Z",
                    "COMPLETED",
                    "2021-02-20T10:00:00Z",
                    "4.0",
                    "e" + tag + "@impact.test",
                    null);
            assignment(c, r6, w1, "ACCEPTED", "2021-02-10T12:00:00Z", "2021-02-11T10:00:00Z");
            quote(c, r6, "ACCEPTED", "2021-02-11T12:00:00Z", "80.00", "17.60", "97.60");

            // the kind of the worker who last held each job, as Assignments.propose keeps it
            insert(
                    c,
                    "UPDATE quote_request SET worker_kind = (SELECT w.kind FROM request_assignment a JOIN worker w"
                            + " ON w.id = a.worker_id WHERE a.id = (SELECT MAX(a2.id) FROM request_assignment a2"
                            + " WHERE a2.request_id = quote_request.id)) WHERE organisation_code = ?",
                    org);

            // reviews: R1 5 stars with sub-scores and a reply; R2 3 stars by phone; R3 4 stars hidden as spam;
            // R6 (February) 2 stars
            review(c, r1, w1, 5, 5, 4, 5, "LINK", "PUBLISHED", null, "Grazie!", "2021-03-13T10:00:00Z");
            review(c, r2, w1, 3, null, null, null, "PHONE", "PUBLISHED", null, null, "2021-03-21T10:00:00Z");
            review(c, r3, w3, 4, null, null, null, "LINK", "HIDDEN", "SPAM", null, "2021-03-26T10:00:00Z");
            review(c, r6, w1, 2, null, null, null, "LINK", "PUBLISHED", null, null, "2021-02-21T10:00:00Z");

            // goods with R1: furniture reused (20 kg, 40 €), clothes donated (3 kg, 5 €), an appliance refused,
            // books recycled (4 kg, 2 €)
            long offer = insert(
                    c,
                    "INSERT INTO goods_offer (request_id, client_key, state, pick_up, offered_at,"
                            + " offered_by, organisation_code, row_version) VALUES (?, ?, 'ACCEPTED', FALSE, ?, 'client', ?, 1)",
                    r1,
                    "a" + tag + "@impact.test",
                    ts("2021-03-02T11:00:00Z"),
                    org);
            item(c, offer, 1, "mobili", "40.00", null, "REUSE", "20.00");
            item(c, offer, 2, "abbigliamento", "5.00", null, "DONATION", "3.00");
            item(c, offer, 3, "elettrodomestici", null, "Non funziona", null, null);
            item(c, offer, 4, "libri", "2.00", null, "RECYCLING", "4.00");

            // the ledger in March 2021: 30 € given for goods, 12 € of it applied to R1's job
            String client = "ledger" + tag + "@impact.test";
            long goodsAccount = account(c, "GOODS", "goods");
            long clientAccount = account(c, "CLIENT", client);
            long jobAccount = account(c, "JOB", Long.toString(r1));
            movement(c, goodsAccount, clientAccount, "30.00", "GOODS_ACCEPTED", r1, offer, "2021-03-12T11:00:00Z");
            movement(c, clientAccount, jobAccount, "12.00", "APPLIED", r1, null, "2021-03-12T12:00:00Z");

            // traineeships promoted by the organisation: one completed in March (1 person: every cell "< 5"),
            // five interrupted and one draft that started in March
            long done = traineeship(c, trainee, w3, "COMPLETED", "2020-10-01", "2021-03-25", "2021-03-26", "EMPLOYED");
            insert(
                    c,
                    "INSERT INTO traineeship_objective (traineeship_id, position, subcategory_code, competence,"
                            + " target_level, reached_level) VALUES (?, 1, ?, 'Prima', 3, 3)",
                    done,
                    s1);
            insert(
                    c,
                    "INSERT INTO traineeship_objective (traineeship_id, position, subcategory_code, competence,"
                            + " target_level, reached_level) VALUES (?, 2, ?, 'Seconda', 2, 1)",
                    done,
                    s1);
            hours(c, done, "2021-03-02", "3.0", "JOB", r1);
            hours(c, done, "2021-03-03", "8.0", "WORKSHOP", null);
            insert(
                    c,
                    "INSERT INTO traineeship_licence_step (traineeship_id, step, step_day, passed, recorded_by,"
                            + " recorded_at) VALUES (?, 'DRIVING_EXAM', ?, TRUE, 'test', ?)",
                    done,
                    java.sql.Date.valueOf("2021-03-20"),
                    ts("2021-03-20T10:00:00Z"));
            for (int i = 0; i < 5; i++) {
                long t = traineeship(c, trainee, w3, "INTERRUPTED", "2021-03-0" + (i + 1), "2021-03-30", null, null);
                hours(c, t, "2021-03-0" + (i + 2), "4.0", "WORKSHOP", null);
            }
            traineeship(c, trainee, w3, "DRAFT", "2021-03-10", null, null, null);
        }
    }

    @Test
    void everyFigureOfTheMonthIsTheOneWorkedOutByHand() throws Exception {
        ImpactFigures figures = admin.call(() -> impact.figures(new ImpactPeriod(MARCH_1, MARCH_31, org), "it"));
        assertThat(figures.previous())
                .isEqualTo(new ImpactPeriod(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 28), org));
        assertThat(figures.organisationName()).startsWith("Cooperativa impatto ");

        Family demand = figures.family("demand");
        // R1, R2, R3, R4, R5, R7 came in during March; R6 in February
        expect(demand, "requests", "6", "1");
        expect(demand, "jobsCompleted", "3", "1");
        // R1 and R3 share a client; R2's client has only a phone
        expect(demand, "peopleServed", "2", "1");
        expect(demand, "hoursWorked", "10.0", "4.0");
        // ended in March: 3 completed, 2 cancelled, 1 expired of 6
        expect(demand, "rateCompleted", "50.0", "100.0");
        expect(demand, "rateCancelled", "33.3", "0.0");
        expect(demand, "rateRejected", "0.0", "0.0");
        expect(demand, "rateExpired", "16.7", "0.0");
        // (6 + 2 + 10 + 2 + 1 + 2) / 6 = 3.83 h; (24 + 24 + 24 + 2 + 4) / 5 = 15.6 h; (10 + 15 + 15) / 3 = 13.3 days
        expect(demand, "hoursToProposal", "3.8", "2.0");
        expect(demand, "hoursToAssignment", "15.6", "24.0");
        expect(demand, "daysToJob", "13.3", "10.0");
        // sent in March: 3 accepted, 1 declined, 1 expired → 60 %
        expect(demand, "quotesSent", "5", "1");
        expect(demand, "quotesAccepted", "3", "1");
        expect(demand, "quotesDeclined", "1", "0");
        expect(demand, "quotesExpired", "1", "0");
        expect(demand, "quoteAcceptance", "60.0", "100.0");
        expect(demand, "valueNet", "350.00", "80.00");
        expect(demand, "valueIva", "77.00", "17.60");
        expect(demand, "valueTotal", "427.00", "97.60");
        assertThat(lines(demand, "byChannel")).contains("WEB=4/1", "PHONE=1/0", "DESK=1/0", "API=0/0");
        assertThat(lines(demand, "byCategory")).contains(category1 + "=3/1", category2 + "=3/0");
        assertThat(lines(demand, "byProvince")).contains("TO=5/1");
        assertThat(lines(demand, "byComune")).contains(torino + "=5/1", elsewhere + "=1/0");
        assertThat(lines(demand, "byMonth")).containsExactly("2021-03=6/1");
        assertThat(lines(demand, "endings"))
                .containsExactly("COMPLETED=3/1", "CANCELLED=2/0", "REJECTED=0/0", "EXPIRED=1/0");
        assertThat(demand.breakdown("reasons").lines())
                .extracting(Line::label)
                .containsExactly("annullate: Il cliente ha rinunciato", "annullate: Preventivo rifiutato");

        Family workers = figures.family("workers");
        // W1 did R1 and R2 (8 h), W3 did R3 (2 h)
        expect(workers, "workersWithJobs", "2", "1");
        expect(workers, "jobsPerWorker", "1.50", "1.00");
        expect(workers, "hoursPerWorker", "5.00", "4.00");
        // the busiest tenth of two workers is one: 2 of 3 jobs
        expect(workers, "topDecileShare", "66.7", "100.0");
        // sorted 1, 2: 2·(1·1 + 2·2) / (2·3) − 3/2 = 0.1667
        expect(workers, "gini", "0.167", "0.000");
        // proposals made in March: R1, R2 ×2, R3, R4, R5, R7
        expect(workers, "proposals", "7", "1");
        expect(workers, "proposalsAccepted", "5", "1");
        expect(workers, "proposalsDeclined", "1", "0");
        expect(workers, "proposalsTimedOut", "1", "0");
        expect(workers, "proposalsWithdrawn", "0", "0");
        assertThat(lines(workers, "jobsByKind")).containsExactly("VOLUNTEER=0/0", "FACTOTUM=2/1", "ARTISAN=1/0");
        assertThat(workers.breakdown("roster").lines())
                .extracting(l -> l.code() + "=" + l.now().value())
                .containsExactlyInAnyOrder("FACTOTUM/" + org + "=3", "ARTISAN/" + org + "=1");

        Family quality = figures.family("quality");
        expect(quality, "reviewsGiven", "3", "1");
        expect(quality, "reviewsPublished", "2", "1");
        // published: 5 and 3 → 4.00; one worker (W1) at the period's mean → Bayesian 4.00 whatever the prior
        expect(quality, "averageStars", "4.00", "2.00");
        expect(quality, "bayesianStars", "4.00", "2.00");
        expect(quality, "reviewsPerJob", "100.0", "100.0");
        expect(quality, "punctuality", "5.00", null);
        expect(quality, "workQuality", "4.00", null);
        expect(quality, "courtesy", "5.00", null);
        expect(quality, "replies", "1", "0");
        expect(quality, "reviewsHeld", "0", "0");
        expect(quality, "reviewsHidden", "1", "0");
        expect(quality, "reviewsByPhone", "1", "0");
        assertThat(lines(quality, "starDistribution")).containsExactly("5=1/0", "4=0/0", "3=1/0", "2=0/1", "1=0/0");
        assertThat(lines(quality, "hiddenByReason")).contains("SPAM=1/0", "OFFENSIVE=0/0");

        Family goods = figures.family("goods");
        expect(goods, "itemsOffered", "4", "0");
        expect(goods, "itemsAccepted", "3", "0");
        expect(goods, "itemsRefused", "1", "0");
        expect(goods, "kgReused", "23.00", "0.00");
        expect(goods, "kgRecycled", "4.00", "0.00");
        expect(goods, "kgDisposed", "0.00", "0.00");
        expect(goods, "valueReused", "45.00", "0.00");
        // 20 kg × 1.45 (WRAP, furniture) + 3 kg × 6.10 (Humana/JRC, clothes) = 29.00 + 18.30; books recycled: none
        expect(goods, "co2eAvoided", "47.30", "0.00");
        // the credit is the network's ledger: each data set of this class (one a test, all in March 2021,
        // where nothing else ever moved) issues 30.00 and redeems 12.00 on a job
        long sets = dataSets();
        expect(goods, "creditIssued", money(30 * sets), "0.00");
        expect(goods, "creditRedeemed", money(12 * sets), "0.00");
        expect(goods, "creditOutstanding", money(18 * sets), "0.00");
        expect(goods, "creditOnJobs", money(12 * sets), "0.00");
        assertThat(lines(goods, "kgByDestination"))
                .containsExactly("REUSE=20.00/0.00", "DONATION=3.00/0.00", "RECYCLING=4.00/0.00", "DISPOSAL=0.00/0.00");

        Family social = figures.family("social");
        // one completed, five interrupted, a draft left out; 1–4 people show "< 5", 0 shows 0
        expect(social, "traineeshipsStarted", "5", "0");
        expect(social, "traineeshipsUnderWay", "6", "< 5");
        expect(social, "traineeshipsCompleted", "< 5", "0");
        expect(social, "traineeshipsInterrupted", "5", "0");
        expect(social, "completionRate", "16.7", null);
        expect(social, "jobHours", "< 5", "0.0");
        // 8 h (the completed one) + 5 × 4 h, by six people
        expect(social, "trainingHours", "28.0", "0.0");
        expect(social, "objectivesReached", "< 5", null);
        expect(social, "licences", "< 5", "0");
        expect(social, "joinedTeams", "0", "0");
        assertThat(lines(social, "outcomes")).contains("EMPLOYED=< 5/0", "WITHDREW=0/0");
        assertThat(lines(social, "hoursByActivity")).contains("WORKSHOP=28.0/0.0", "JOB=< 5/0.0");
    }

    @Test
    void theMethodologyDefinesEveryIndicatorTheFiguresShow() throws Exception {
        ImpactFigures figures = admin.call(() -> impact.figures(new ImpactPeriod(MARCH_1, MARCH_31, org), "it"));
        Methodology methodology = admin.call(() -> impact.methodology("it"));
        assertThat(methodology.families())
                .extracting(Methodology.FamilyDefinition::key)
                .containsExactly("demand", "workers", "quality", "goods", "social");
        for (Family family : figures.families()) {
            Methodology.FamilyDefinition defined = methodology.families().stream()
                    .filter(f -> f.key().equals(family.key()))
                    .findFirst()
                    .orElseThrow();
            assertThat(defined.indicators())
                    .extracting(Methodology.Definition::key)
                    .containsExactlyElementsOf(family.indicators().stream()
                            .map(ImpactFigures.Indicator::key)
                            .toList());
            assertThat(defined.indicators()).allSatisfy(d -> {
                assertThat(d.formula()).isNotBlank().doesNotStartWith("indicator.");
                assertThat(d.source()).isNotBlank();
            });
        }
        assertThat(methodology.factors())
                .filteredOn(f -> f.categoryCode().equals("mobili"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.co2ePerKg()).isEqualByComparingTo("1.45");
                    assertThat(f.source()).contains("WRAP");
                });
        assertThat(operator.call(() -> impact.methodology("en")).families())
                .extracting(Methodology.FamilyDefinition::key)
                .doesNotContain("social");
    }

    @Test
    void theCreditFiguresAreTheLedgersOwnSums() throws Exception {
        LocalDate today = LocalDate.now();
        ImpactFigures figures = admin.call(
                () -> impact.figures(new ImpactPeriod(LocalDate.of(2020, 1, 1), today.plusDays(1), null), "it"));
        Family goods = figures.family("goods");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertThat(goods.indicator("creditOutstanding").now().value())
                    .isEqualByComparingTo(
                            sum(s, "SELECT SUM(balance) FROM credit_account WHERE account_kind = 'CLIENT'"));
            assertThat(goods.indicator("creditOnJobs").now().value())
                    .isEqualByComparingTo(sum(s, "SELECT SUM(balance) FROM credit_account WHERE account_kind = 'JOB'"));
            // every credit given is the goods account's debt
            assertThat(goods.indicator("creditIssued").now().value())
                    .isEqualByComparingTo(
                            sum(s, "SELECT -SUM(balance) FROM credit_account WHERE account_kind = 'GOODS'"));
        }
    }

    @Test
    void anOperatorSeesNoSocialFiguresAndABadPeriodNamesItsField() throws Exception {
        ImpactFigures figures = operator.call(() -> impact.figures(new ImpactPeriod(MARCH_1, MARCH_31, org), "en"));
        assertThat(figures.families()).extracting(Family::key).containsExactly("demand", "workers", "quality", "goods");
        assertThat(figures.family("demand").indicator("requests").name()).isEqualTo("Requests received");
        assertThatThrownBy(() -> new ImpactPeriod(MARCH_31, MARCH_1, null))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() ->
                        admin.call(() -> impact.figures(new ImpactPeriod(MARCH_1, MARCH_31, "nobody-" + org), "it")))
                .satisfies(e -> assertThat(invalid(e).field()).isEqualTo("organisation"));
        assertThat(settings.intValue(Setting.MATCHING_RATING_PRIOR)).isNotNegative();
    }

    private static InvalidInput invalid(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInput invalid) {
                return invalid;
            }
        }
        throw new AssertionError("not an InvalidInput", e);
    }

    private static void expect(Family family, String key, String now, String before) {
        ImpactFigures.Indicator indicator = family.indicator(key);
        assertThat(text(indicator.now())).as(family.key() + "." + key + " now").isEqualTo(now);
        if (before != null) {
            assertThat(text(indicator.before()))
                    .as(family.key() + "." + key + " before")
                    .isEqualTo(before);
        }
    }

    private static String text(Figure figure) {
        return figure.hidden()
                ? "< 5"
                : figure.value() == null ? "—" : figure.value().toPlainString();
    }

    private static List<String> lines(Family family, String breakdown) {
        return family.breakdown(breakdown).lines().stream()
                .map(l -> l.code() + "=" + text(l.now()) + "/" + text(l.before()))
                .toList();
    }

    private long dataSets() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(DISTINCT organisation_code) FROM quote_request"
                        + " WHERE organisation_code LIKE 'impact-%'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String money(long euros) {
        return BigDecimal.valueOf(euros).setScale(2).toPlainString();
    }

    private static BigDecimal sum(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            BigDecimal value = r.getBigDecimal(1);
            return value == null ? BigDecimal.ZERO : value;
        }
    }

    private long worker(Connection c, String kind, String name) throws Exception {
        return insert(
                c,
                "INSERT INTO worker (kind, first_name, last_name, pseudonym, languages, driving_licence,"
                        + " has_vehicle, active, created_at, row_version, organisation_code)"
                        + " VALUES (?, ?, 'Impatto', FALSE, 'it', FALSE, FALSE, TRUE, ?, 1, ?)",
                kind,
                name,
                ts("2021-01-01T10:00:00Z"),
                org);
    }

    private long request(
            Connection c,
            String channel,
            String subcategory,
            String comune,
            String created,
            String state,
            String closed,
            String hours,
            String email,
            String phone)
            throws Exception {
        long id = insert(
                c,
                "INSERT INTO quote_request (request_number, state, channel, subcategory_code, description, comune_code,"
                        + " address, time_of_day, client_name, client_email, client_phone, language, privacy_version,"
                        + " privacy_accepted_at, created_at, updated_at, closed_at, worked_hours, organisation_code,"
                        + " row_version) VALUES (?, ?, ?, ?, 'Lavoro di prova', ?, 'Via Prova 1', 'ANY', 'Cliente Prova',"
                        + " ?, ?, 'it', '2021-01', ?, ?, ?, ?, ?, ?, 1)",
                "I" + tag + (++numbered),
                state,
                channel,
                subcategory,
                comune,
                email,
                phone,
                ts(created),
                ts(created),
                ts(closed),
                ts(closed),
                hours == null ? null : new BigDecimal(hours),
                org);
        event(c, id, created, "SUBMIT", "SUBMITTED", null);
        return id;
    }

    private void event(Connection c, long request, String at, String action, String to, String note) throws Exception {
        insert(
                c,
                "INSERT INTO request_event (request_id, occurred_at, actor, channel, action, to_state, note)"
                        + " VALUES (?, ?, 'test', 'DESK', ?, ?, ?)",
                request,
                ts(at),
                action,
                to,
                note);
    }

    private void assignment(Connection c, long request, long worker, String state, String proposed, String answered)
            throws Exception {
        insert(
                c,
                "INSERT INTO request_assignment (request_id, worker_id, state, proposed_by, proposed_at,"
                        + " answered_at, row_version) VALUES (?, ?, ?, 'test', ?, ?, 1)",
                request,
                worker,
                state,
                ts(proposed),
                ts(answered));
    }

    private void quote(Connection c, long request, String state, String sent, String net, String iva, String total)
            throws Exception {
        insert(
                c,
                "INSERT INTO request_quote (request_id, state, valid_until, net_amount, iva_amount, total_amount,"
                        + " goods_credit, created_at, sent_at, row_version) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, 1)",
                request,
                state,
                java.sql.Date.valueOf("2021-04-30"),
                new BigDecimal(net),
                new BigDecimal(iva),
                new BigDecimal(total),
                ts(sent),
                ts(sent));
    }

    private void review(
            Connection c,
            long request,
            long worker,
            int stars,
            Integer punctuality,
            Integer quality,
            Integer courtesy,
            String channel,
            String state,
            String hiddenReason,
            String reply,
            String at)
            throws Exception {
        insert(
                c,
                "INSERT INTO review (request_id, worker_id, subcategory_code, job_month, stars, punctuality, quality,"
                        + " courtesy, channel, author_name, state, hidden_reason, reply_text, created_at,"
                        + " organisation_code, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'C. P.', ?, ?, ?, ?, ?, 1)",
                request,
                worker,
                s1,
                java.sql.Date.valueOf(at.substring(0, 8) + "01"),
                stars,
                punctuality,
                quality,
                courtesy,
                channel,
                state,
                hiddenReason,
                reply,
                ts(at),
                org);
    }

    private void item(
            Connection c,
            long offer,
            int line,
            String category,
            String value,
            String unused,
            String destination,
            String kg)
            throws Exception {
        insert(
                c,
                "INSERT INTO goods_item (offer_id, line_no, category_code, description, item_condition, age_years,"
                        + " quantity, final_value, rejection_reason, inspection_needed, valued_at, valued_by,"
                        + " destination, measured_kg, collected_at, collected_by)"
                        + " VALUES (?, ?, ?, 'Oggetto', 'GOOD', 2, 1, ?, ?, FALSE, ?, 'test', ?, ?, ?, ?)",
                offer,
                line,
                category,
                value == null ? null : new BigDecimal(value),
                value == null ? "Non funziona" : null,
                ts("2021-03-03T10:00:00Z"),
                destination,
                kg == null ? null : new BigDecimal(kg),
                destination == null ? null : ts("2021-03-12T10:00:00Z"),
                destination == null ? null : "test");
    }

    private long account(Connection c, String kind, String key) throws Exception {
        try (PreparedStatement find =
                c.prepareStatement("SELECT id FROM credit_account WHERE account_kind = ? AND account_key = ?")) {
            find.setString(1, kind);
            find.setString(2, key);
            try (ResultSet r = find.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        return insert(
                c,
                "INSERT INTO credit_account (account_kind, account_key, balance, row_version) VALUES (?, ?, 0, 1)",
                kind,
                key);
    }

    /** A paired movement, as the ledger writes it: out of one account, into the other, both balances kept. */
    private void movement(
            Connection c, long from, long to, String amount, String reason, long request, Long offer, String at)
            throws Exception {
        String transfer = UUID.randomUUID().toString();
        BigDecimal value = new BigDecimal(amount);
        for (Object[] side : new Object[][] {{from, value.negate()}, {to, value}}) {
            insert(
                    c,
                    "INSERT INTO credit_movement (transfer_id, account_id, amount, reason, request_id, offer_id,"
                            + " occurred_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, 'test')",
                    transfer,
                    side[0],
                    side[1],
                    reason,
                    request,
                    offer,
                    ts(at));
            try (PreparedStatement update =
                    c.prepareStatement("UPDATE credit_account SET balance = balance + ? WHERE id = ?")) {
                update.setBigDecimal(1, (BigDecimal) side[1]);
                update.setLong(2, (Long) side[0]);
                update.executeUpdate();
            }
        }
    }

    private long traineeship(
            Connection c,
            long trainee,
            long tutor,
            String state,
            String starts,
            String ended,
            String assessed,
            String outcome)
            throws Exception {
        return insert(
                c,
                "INSERT INTO traineeship (worker_id, tutor_id, promoter_code, kind, trainee_group, state,"
                        + " host_name, host_staff, starts_on, ends_on, weekly_hours, monthly_allowance, ended_on,"
                        + " assessed_on, outcome, created_at, created_by, row_version)"
                        + " VALUES (?, ?, ?, 'INCLUSION', 'DISADVANTAGED', ?, 'Bottega', 4, ?, ?, 20, 600, ?, ?, ?, ?, 'test', 1)",
                trainee,
                tutor,
                org,
                state,
                java.sql.Date.valueOf(starts),
                java.sql.Date.valueOf(LocalDate.parse(starts).plusMonths(6)),
                ended == null ? null : java.sql.Date.valueOf(ended),
                assessed == null ? null : java.sql.Date.valueOf(assessed),
                outcome,
                ts("2021-01-01T10:00:00Z"));
    }

    private void hours(Connection c, long traineeship, String day, String hours, String activity, Long request)
            throws Exception {
        insert(
                c,
                "INSERT INTO traineeship_hours (traineeship_id, work_day, hours, activity, request_id, recorded_by,"
                        + " recorded_at, row_version) VALUES (?, ?, ?, ?, ?, 'test', ?, 1)",
                traineeship,
                java.sql.Date.valueOf(day),
                new BigDecimal(hours),
                activity,
                request,
                ts(day + "T18:00:00Z"));
    }

    private static Timestamp ts(String instant) {
        return instant == null ? null : Timestamp.from(Instant.parse(instant));
    }

    private static long insert(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
