package it.wecare.factotum.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Search under load: {@code GET /api/v1/workers?q=…} over 100,000 generated workers (the workforce
 * generator, on MySQL), 32 concurrent users, beside a trivial endpoint of the same server ({@code GET
 * /api/v1/health}: JAX-RS plus a {@code SELECT 1}) measured first in the same run with the same 32 users.
 * Target: search p95 ≤ 30 ms and at least half the trivial endpoint's throughput.
 */
public class SearchSimulation extends Simulation {

    private static final String BASE = System.getProperty("factotum.base.url", "http://localhost:8080");
    private static final int SECONDS = Integer.getInteger("duration", 60);
    private static final int USERS = Integer.getInteger("users", 32);

    /** What clients type: single words, word families, synonyms, typos, places, with and without filters. */
    private static final List<String> QUERIES = List.of(
            "q=imbianchino",
            "q=tinteggiatura",
            "q=tinteggiare&comune=001272",
            "q=svuotare%20la%20cantina",
            "q=sgombero%20solai&kind=FACTOTUM",
            "q=pulizie",
            "q=pulizia%20vetri&comune=004078",
            "q=potatura%20siepe",
            "q=potatrua",
            "q=montaggio%20mobili&kind=ARTISAN",
            "q=idraulico",
            "q=traslochi%20torino",
            "q=giardinaggio&category=giardinaggio",
            "q=commissioni&kind=VOLUNTEER",
            "q=accompagnamento%20visite",
            "q=verniciatura%20cancelli",
            "q=riparazioni&page=3",
            "q=alba",
            "category=tinteggiature&comune=001272",
            "q=rossi");

    HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("it-IT,it;q=0.9");

    private static Iterator<Map<String, Object>> queries() {
        AtomicInteger next = new AtomicInteger();
        Supplier<Map<String, Object>> supplier =
                () -> Map.of("query", QUERIES.get(Math.floorMod(next.getAndIncrement(), QUERIES.size())));
        return Stream.generate(supplier).iterator();
    }

    ScenarioBuilder trivial = scenario("trivial endpoint")
            .exec(http("health (trivial)").get("/api/v1/health").check(status().is(200)));

    ScenarioBuilder search = scenario("search")
            .feed(queries())
            .exec(http("search").get("/api/v1/workers?#{query}").check(status().is(200), jsonPath("$.total").exists()));

    {
        setUp(trivial.injectClosed(constantConcurrentUsers(USERS).during(SECONDS / 2))
                        .andThen(search.injectClosed(constantConcurrentUsers(USERS).during(SECONDS))))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().percent().is(0.0),
                        details("search").responseTime().percentile(95).lte(30));
    }
}
