package it.wecare.factotum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.barter.boundary.ClientGoods;
import it.wecare.factotum.barter.boundary.GoodsOfferDraft;
import it.wecare.factotum.barter.boundary.GoodsOffers;
import it.wecare.factotum.barter.boundary.GoodsPhotos;
import it.wecare.factotum.barter.boundary.ItemCollection;
import it.wecare.factotum.barter.boundary.ItemValuation;
import it.wecare.factotum.barter.boundary.OfferView;
import it.wecare.factotum.barter.control.Condition;
import it.wecare.factotum.barter.control.Destination;
import it.wecare.factotum.barter.entity.GoodsOffer;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.requests.boundary.Assignments;
import it.wecare.factotum.requests.boundary.QuoteDraft;
import it.wecare.factotum.requests.boundary.QuoteView;
import it.wecare.factotum.requests.boundary.Quotes;
import it.wecare.factotum.requests.boundary.RequestDesk;
import it.wecare.factotum.requests.boundary.RequestDraft;
import it.wecare.factotum.requests.boundary.RequestView;
import it.wecare.factotum.requests.boundary.Submissions;
import it.wecare.factotum.requests.boundary.Tracking;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Goods in exchange through their boundaries, on H2 and MySQL: offered with the request (photos kept),
 * valued by an operator with the price list's suggestion, accepted by the client from the emailed link,
 * credit applied to the quote after IVA up to the share the settings allow, given back when the job is
 * cancelled; two operators valuing at once; every refusal naming its field. After each test the ledger's
 * movements sum to zero, each transfer's two halves too, and every balance is the sum of its movements.
 */
@ExtendWith(ArquillianExtension.class)
class BarterIT extends InContainerJourney {

    private static final Pattern TOKEN = Pattern.compile("track\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainerJourney.deployment(BarterIT.class);
    }

    @AfterEach
    void checkTheLedger() throws Exception {
        assertEquals(
                0, query("SELECT COALESCE(SUM(amount), 0) FROM credit_movement").signum(), "all movements sum to zero");
        assertEquals(
                0,
                query("SELECT COUNT(*) FROM (SELECT transfer_id FROM credit_movement GROUP BY transfer_id"
                                + " HAVING SUM(amount) <> 0 OR COUNT(*) <> 2) t")
                        .signum(),
                "every transfer is two halves that cancel out");
        assertEquals(
                0,
                query("SELECT COUNT(*) FROM credit_account a WHERE a.balance <> (SELECT COALESCE(SUM(m.amount), 0)"
                                + " FROM credit_movement m WHERE m.account_id = a.id)")
                        .signum(),
                "every balance is the sum of its movements");
        assertEquals(
                0,
                query("SELECT COUNT(*) FROM credit_account WHERE account_kind <> 'GOODS' AND balance < 0")
                        .signum(),
                "no client or job below zero");
    }

    @Inject
    GoodsOffers goods;

    @Inject
    GoodsPhotos goodsPhotos;

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
    Workers workers;

    @Inject
    Accounts accounts;

    @Test
    void goodsOfferedWithTheRequestBecomeCreditThatPaysPartOfTheQuoteAfterIvaAndComesBackOnCancel() throws Exception {
        String client = InContainerAccounts.unique("armadio");
        long id = goods.submit(
                        draft(client),
                        null,
                        null,
                        new GoodsOfferDraft(
                                List.of(
                                        item("mobili", "Armadio a due ante", Condition.GOOD, 5, 1, List.of(png())),
                                        item(
                                                "abbigliamento",
                                                "Sacco di vestiti invernali",
                                                Condition.EXCELLENT,
                                                1,
                                                2,
                                                List.of())),
                                true))
                .id();
        OfferView offer = admin.call(() -> goods.ofRequest(id, "it")).get(0);
        assertEquals(GoodsOffer.State.OFFERED, offer.state());
        assertTrue(offer.pickUp());
        OfferView.Item wardrobe = offer.items().get(0);
        OfferView.Item clothes = offer.items().get(1);
        assertEquals("Mobili", wardrobe.categoryName());
        assertEquals(1, wardrobe.photos());
        assertTrue(admin.call(() -> goodsPhotos.photo(wardrobe.id(), 0)).isPresent(), "the photo is kept, as JPEG");
        // 150 × 0.60 (buono) × 0.80 (5 of 20 years) × 1 (need) × 1 = 72
        assertEquals(new BigDecimal("72"), wardrobe.suggestion().value());
        assertEquals(5, wardrobe.suggestion().steps().size());
        // 10 × 0.80 (ottimo) × 0.84 (1 of 5 years) × 1 × 2 = 13.44 → 13
        assertEquals(new BigDecimal("13"), clothes.suggestion().value());

        String operator = InContainerAccounts.operator(admin, accounts);
        OfferView valued = admin.call(() -> goods.value(
                offer.id(),
                offer.version(),
                List.of(
                        new ItemValuation(wardrobe.id(), new BigDecimal("70"), null, true),
                        new ItemValuation(clothes.id(), new BigDecimal("20"), null, false))));
        assertEquals(GoodsOffer.State.VALUED, valued.state());
        assertEquals(new BigDecimal("90.00"), valued.value());
        assertNotNull(valued.valuedBy(), "who valued it is kept");
        String valuation = inbox().await(id, "GOODS_VALUED", client);
        assertTrue(valuation.contains("Armadio a due ante") && valuation.contains("70,00"), valuation);
        String token = token(valuation);

        ClientGoods seen = goods.tracked(token);
        assertEquals(null, seen.offers().get(0).valuedBy(), "the client does not see who valued");
        assertEquals(null, seen.offers().get(0).items().get(0).suggestion());
        OfferView accepted =
                goods.answer(token, valued.id(), seen.offers().get(0).version(), true);
        assertEquals(GoodsOffer.State.ACCEPTED, accepted.state());
        assertEquals(new BigDecimal("90.00"), accepted.credit());
        assertEquals(new BigDecimal("90.00"), goods.tracked(token).balance());
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM outbox_email WHERE kind = 'GOODS_ACCEPTED' AND recipient = '" + operator
                        + "' AND related_id = '" + id + "'"));
        assertEquals(
                "action",
                assertThrows(InvalidInput.class, () -> goods.answer(token, accepted.id(), accepted.version(), false))
                        .field(),
                "an accepted offer is not withdrawn");

        // the quote: 100 + 22 % = 122; the credit covers at most 50 % (61), after IVA; 29 stay for later
        long worker = admin.call(() ->
                workers.save(TestWorkers.form("Piero", "Permuta", InContainerAccounts.unique("piero"), "potatura")));
        sendQuote(id, worker, "100");
        QuoteView quote = admin.call(() -> quotes.quote(id)).orElseThrow();
        assertEquals(new BigDecimal("22.00"), quote.iva(), "IVA on the whole taxable amount");
        assertEquals(new BigDecimal("122.00"), quote.total());
        assertEquals(new BigDecimal("61.00"), quote.goodsCredit());
        assertEquals(new BigDecimal("61.00"), quote.amountDue());
        ClientGoods afterQuote = goods.tracked(token);
        assertEquals(new BigDecimal("29.00"), afterQuote.balance());
        assertEquals(new BigDecimal("61.00"), afterQuote.onThisJob());
        String quoteEmail = inbox().await(id, "QUOTE_READY", client);
        assertTrue(quoteEmail.contains("61,00") && quoteEmail.contains("29,00"), quoteEmail);

        // cancelling the job gives the credit back
        RequestView tracked = tracking.track(token);
        tracking.cancelByClient(token, tracked.version(), "Ho trovato un'altra soluzione");
        ClientGoods afterCancel = goods.tracked(token);
        assertEquals(new BigDecimal("90.00"), afterCancel.balance());
        assertEquals(0, afterCancel.onThisJob().signum());

        // the next request of the same client uses what is left
        long next = submissions.submit(draft(client), null).id();
        sendQuote(next, worker, "50");
        QuoteView second = admin.call(() -> quotes.quote(next)).orElseThrow();
        assertEquals(new BigDecimal("61.00"), second.total());
        assertEquals(new BigDecimal("30.50"), second.goodsCredit(), "50 % of 61");
        assertEquals(
                new BigDecimal("59.50"), admin.call(() -> goods.credit(next)).balance());

        // collected: where each item went and what it weighed, counted in the impact figures
        it.wecare.factotum.barter.boundary.GoodsImpact before = admin.call(() -> goods.impact(TODAY, TODAY));
        OfferView collected = admin.call(() -> goods.collect(
                accepted.id(),
                accepted.version(),
                List.of(
                        new ItemCollection(wardrobe.id(), Destination.REUSE, new BigDecimal("58.5")),
                        new ItemCollection(clothes.id(), Destination.DONATION, new BigDecimal("12")))));
        assertEquals(Destination.REUSE, collected.items().get(0).destination());
        assertEquals(new BigDecimal("58.50"), collected.items().get(0).measuredKg());
        it.wecare.factotum.barter.boundary.GoodsImpact after = admin.call(() -> goods.impact(TODAY, TODAY));
        assertEquals(new BigDecimal("70.50"), after.kgReused().subtract(before.kgReused()), "58.5 reused + 12 donated");
        assertEquals(new BigDecimal("90.00"), after.valueReused().subtract(before.valueReused()));
    }

    @Test
    void twoOperatorsValuingTheSameOfferAtOnceOneWinsAndTheOtherIsToldToReload() throws Exception {
        long id = goods.submit(
                        draft(InContainerAccounts.unique("doppio")),
                        null,
                        null,
                        new GoodsOfferDraft(
                                List.of(item("attrezzi", "Trapano a percussione", Condition.GOOD, 3, 1, List.of())),
                                false))
                .id();
        OfferView offer = admin.call(() -> goods.ofRequest(id, "it")).get(0);
        long item = offer.items().get(0).id();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<OfferView>> both = new ArrayList<>();
            for (String value : List.of("15", "25")) {
                both.add(pool.submit(() -> {
                    start.await();
                    return admin.call(() -> goods.value(
                            offer.id(),
                            offer.version(),
                            List.of(new ItemValuation(item, new BigDecimal(value), null, false))));
                }));
            }
            start.countDown();
            int won = 0;
            int conflicts = 0;
            BigDecimal winner = null;
            for (Future<OfferView> f : both) {
                try {
                    winner = f.get().items().get(0).finalValue();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof ConflictingChange, () -> "a conflict, not " + e.getCause());
                    conflicts++;
                }
            }
            assertEquals(1, won, "one valuation wins");
            assertEquals(1, conflicts, "the other is told the offer changed");
            assertEquals(
                    winner,
                    admin.call(() -> goods.ofRequest(id, "it"))
                            .get(0)
                            .items()
                            .get(0)
                            .finalValue());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String client = InContainerAccounts.unique("rifiuti");
        long before = count("SELECT COUNT(*) FROM quote_request");
        assertEquals(
                "categoryCode",
                assertThrows(
                                InvalidInput.class,
                                () -> goods.submit(
                                        draft(client),
                                        null,
                                        null,
                                        new GoodsOfferDraft(
                                                List.of(item(
                                                        "astronavi", "Astronave", Condition.GOOD, 1, 1, List.of())),
                                                false)))
                        .field());
        assertEquals(
                "photos",
                assertThrows(
                                InvalidInput.class,
                                () -> goods.submit(
                                        draft(client),
                                        null,
                                        null,
                                        new GoodsOfferDraft(
                                                List.of(item(
                                                        "libri",
                                                        "Libri",
                                                        Condition.GOOD,
                                                        1,
                                                        10,
                                                        List.of("not an image".getBytes()))),
                                                false)))
                        .field());
        assertEquals(before, count("SELECT COUNT(*) FROM quote_request"), "no request without its goods");

        long id = goods.submit(
                        draft(client),
                        null,
                        null,
                        new GoodsOfferDraft(
                                List.of(
                                        item("giocattoli", "Trenino di legno", Condition.FAIR, 10, 1, List.of()),
                                        item("libri", "Enciclopedia", Condition.GOOD, 30, 12, List.of())),
                                false))
                .id();
        OfferView offer = admin.call(() -> goods.ofRequest(id, "it")).get(0);
        long toy = offer.items().get(0).id();
        long books = offer.items().get(1).id();
        InvalidInput neither = assertThrows(
                InvalidInput.class,
                () -> admin.call(() -> goods.value(
                        offer.id(),
                        offer.version(),
                        List.of(new ItemValuation(toy, new BigDecimal("5"), null, false)))));
        assertEquals("value", neither.field());
        assertEquals(2, neither.arguments()[0], "names the item without a decision");
        InvalidInput both = assertThrows(
                InvalidInput.class,
                () -> admin.call(() -> goods.value(
                        offer.id(),
                        offer.version(),
                        List.of(
                                new ItemValuation(toy, new BigDecimal("5"), null, false),
                                new ItemValuation(books, new BigDecimal("1"), "Non servono", false)))));
        assertEquals("value", both.field());

        // a client who has not got the valuation yet cannot accept it; one request's link is not another's
        String token = token(inbox().await(id, "REQUEST_RECEIVED", client));
        assertEquals(
                "action",
                assertThrows(InvalidInput.class, () -> goods.answer(token, offer.id(), offer.version(), true))
                        .field());
        long other = goods.submit(
                        draft(InContainerAccounts.unique("altro")),
                        null,
                        null,
                        new GoodsOfferDraft(List.of(item("altro", "Lampada", Condition.GOOD, 2, 1, List.of())), false))
                .id();
        OfferView otherOffer = admin.call(() -> goods.ofRequest(other, "it")).get(0);
        assertThrows(RecordNotFound.class, () -> goods.answer(token, otherOffer.id(), otherOffer.version(), false));

        // refused books, a valued toy; the client withdraws: no credit
        OfferView valued = admin.call(() -> goods.value(
                offer.id(),
                offer.version(),
                List.of(
                        new ItemValuation(toy, new BigDecimal("4.50"), null, false),
                        new ItemValuation(books, null, "Ne abbiamo già molte", false))));
        assertEquals(new BigDecimal("4.50"), valued.value());
        String valuation = inbox().await(id, "GOODS_VALUED", client);
        assertTrue(valuation.contains("Ne abbiamo già molte"), valuation);
        assertThrows(
                ConflictingChange.class,
                () -> goods.answer(token, offer.id(), offer.version(), true),
                "a stale version");
        OfferView withdrawn = goods.answer(token, offer.id(), valued.version(), false);
        assertEquals(GoodsOffer.State.WITHDRAWN, withdrawn.state());
        assertEquals(0, goods.tracked(token).balance().signum());
        assertEquals(
                "action",
                assertThrows(
                                InvalidInput.class,
                                () -> admin.call(() -> goods.collect(
                                        offer.id(),
                                        withdrawn.version(),
                                        List.of(new ItemCollection(toy, Destination.REUSE, BigDecimal.ONE)))))
                        .field());

        // offered later from the tracking page; not once the request is closed
        OfferView later = goods.offerLater(
                token,
                new GoodsOfferDraft(
                        List.of(item("elettrodomestici", "Forno a microonde", Condition.GOOD, 2, 1, List.of())), true));
        assertEquals(GoodsOffer.State.OFFERED, later.state());
        assertEquals(2, admin.call(() -> goods.ofRequest(id, "it")).size());
        RequestView tracked = tracking.track(token);
        tracking.cancelByClient(token, tracked.version(), "Non serve più");
        assertEquals(
                "action",
                assertThrows(
                                InvalidInput.class,
                                () -> goods.offerLater(
                                        token,
                                        new GoodsOfferDraft(
                                                List.of(item("altro", "Sedia", Condition.GOOD, 2, 1, List.of())),
                                                false)))
                        .field());
    }

    private void sendQuote(long id, long worker, String price) throws Exception {
        RequestView submitted = admin.call(() -> desk.view(id, "it"));
        RequestView inReview =
                admin.call(() -> desk.act(id, RequestAction.TAKE_IN_REVIEW, submitted.version(), null, "it"));
        var proposal = admin.call(() -> assignments.propose(id, worker, inReview.version(), "chosen by the test"));
        admin.call(() -> assignments.answerFor(proposal.id(), true, null, "it"));
        admin.call(() -> quotes.writeQuote(
                id,
                new QuoteDraft(
                        List.of(new QuoteDraft.Line(
                                "Potatura", BigDecimal.ONE, new BigDecimal(price), new BigDecimal("22"))),
                        TODAY.plusDays(10))));
        RequestView assigned = admin.call(() -> desk.view(id, "it"));
        admin.call(() -> quotes.sendQuote(id, assigned.version(), "it"));
        assertEquals(RequestState.QUOTED, admin.call(() -> desk.view(id, "it")).state());
    }

    private static RequestDraft draft(String client) {
        return new RequestDraft(
                "potatura",
                "Potare la siepe e portare via un armadio.",
                "001272",
                "Via Roma 1",
                null,
                TODAY,
                TODAY.plusDays(10),
                TimeOfDay.ANY,
                null,
                null,
                "Giulia Verdi",
                client,
                null,
                null,
                "it",
                true,
                Channel.WEB,
                null);
    }

    private static GoodsOfferDraft.Item item(
            String category, String description, Condition condition, int age, int quantity, List<byte[]> photos) {
        return new GoodsOfferDraft.Item(category, description, condition, age, quantity, null, photos);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(8, 8, 20, 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String token(String emailText) {
        Matcher m = TOKEN.matcher(emailText);
        assertTrue(m.find(), "a tracking link in: " + emailText);
        return m.group(1);
    }

    private long count(String sql) throws Exception {
        return query(sql).longValue();
    }

    private BigDecimal query(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next());
            BigDecimal value = rs.getBigDecimal(1);
            assertNotNull(value);
            return value;
        }
    }
}
