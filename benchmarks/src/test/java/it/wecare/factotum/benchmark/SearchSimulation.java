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
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Search under load: {@code GET /api/v1/workers?q=…} over 100,000 generated workers (the workforce
 * generator, on MySQL), 32 concurrent users, beside a trivial endpoint of the same server ({@code GET
 * /api/v1/health}: JAX-RS plus a {@code SELECT 1}) measured in the same run with the same 32 users, after a
 * warm-up. Phases, one after the other: warm-up; the trivial endpoint, 32 users without pause (its
 * throughput at saturation); search, 32 users without pause (throughput at saturation, to compare); search,
 * 32 users each pausing 250 ms between searches (latency under heavy but not saturating load). Targets:
 * search p95 ≤ 30 ms, and at least half the trivial endpoint's throughput (read off the report).
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

    private static ScenarioBuilder searching(String name, Duration pause) {
        var chain = scenario(name)
                .feed(queries())
                .exec(http(name).get("/api/v1/workers?#{query}").check(status().is(200), jsonPath("$.total").exists()));
        return pause.isZero() ? chain : chain.pause(pause);
    }

    ScenarioBuilder warmUp = scenario("warm-up")
            .feed(queries())
            .exec(http("warm-up search").get("/api/v1/workers?#{query}").check(status().is(200)))
            .exec(http("warm-up health").get("/api/v1/health").check(status().is(200)));

    ScenarioBuilder trivial = scenario("trivial endpoint")
            .exec(http("health (trivial)").get("/api/v1/health").check(status().is(200)));

    {
        setUp(warmUp.injectClosed(constantConcurrentUsers(USERS).during(SECONDS / 2))
                        .andThen(trivial.injectClosed(constantConcurrentUsers(USERS).during(SECONDS / 2)))
                        .andThen(searching("search", Duration.ZERO)
                                .injectClosed(constantConcurrentUsers(USERS).during(SECONDS)))
                        .andThen(searching("search, 250 ms between searches", Duration.ofMillis(250))
                                .injectClosed(constantConcurrentUsers(USERS).during(SECONDS))))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().percent().is(0.0),
                        details("search, 250 ms between searches")
                                .responseTime()
                                .percentile(95)
                                .lte(30));
    }
}
