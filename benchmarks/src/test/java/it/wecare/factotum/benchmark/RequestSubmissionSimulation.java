package it.wecare.factotum.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Request submission under load: {@code POST /api/v1/requests} — the public form's boundary: checks, the
 * rate-limit counts, the request and its first timeline line, the tracking link, the client's
 * confirmation and the operators' notices written to the outbox, all in one transaction — from
 * clients with different emails, all from this one address (so the per-address limit is turned off, 0,
 * for the run through the settings API, and put back afterwards; the per-email limit stays on). Open model: a warm-up ramp from 20 requests per
 * second to {@code -Drate} (default 300) over {@code -Dwarmup} seconds (default 120: the server's JIT needs
 * some 20,000 requests), then {@code -Drate} requests per second for {@code -Dduration} seconds. Target:
 * p95 ≤ 60 ms, no failed request.
 */
public class RequestSubmissionSimulation extends Simulation {

    private static final String BASE = System.getProperty("factotum.base.url", "http://localhost:8080");
    private static final int SECONDS = Integer.getInteger("duration", 60);
    private static final int RATE = Integer.getInteger("rate", 300);
    private static final int WARMUP = Integer.getInteger("warmup", 120);
    private static final String ADMIN = System.getProperty("factotum.admin.email", "admin@example.org");
    private static final String PASSWORD = System.getProperty("factotum.admin.password", "a-long-password");
    private static final String LIMIT = "requests.rate.per-address-hour";

    private static final String[] SERVICES = {
        "potatura", "tinteggiatura-interni", "pulizie-ordinarie", "piccoli-traslochi", "montaggio-mobili"
    };
    private static final String[] COMUNI = {"001272", "004078", "001156", "015146", "058091"};

    private String previousLimit;

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .acceptLanguageHeader("it-IT,it;q=0.9");

    private static Iterator<Map<String, Object>> clients() {
        AtomicLong next = new AtomicLong();
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = LocalDate.now().plusDays(7);
        return Stream.generate(() -> {
                    long n = next.getAndIncrement();
                    return Map.<String, Object>of(
                            "key", run + "-" + n,
                            "email", "bench-" + run + "-" + n + "@factotum.test",
                            "service", SERVICES[(int) (n % SERVICES.length)],
                            "comune", COMUNI[(int) (n % COMUNI.length)],
                            "day", day.plusDays(n % 20).toString());
                })
                .iterator();
    }

    private static final String BODY = """
            {"subcategoryCode":"#{service}","description":"Lavoro di prova del benchmark, numero #{key}.",
             "comuneCode":"#{comune}","address":"Via Roma 1","exactDate":"#{day}","timeOfDay":"ANY",
             "clientName":"Cliente Benchmark","clientEmail":"#{email}","clientPhone":"011 555 1234",
             "language":"it","privacyAccepted":true}""";

    private static ScenarioBuilder submitting(String name) {
        return scenario(name)
                .feed(clients())
                .exec(http(name)
                        .post("/api/v1/requests")
                        .header("Idempotency-Key", "#{key}")
                        .body(StringBody(BODY))
                        .check(status().is(201), jsonPath("$.number").exists()));
    }

    @Override
    public void before() {
        previousLimit = setLimit("0");
    }

    @Override
    public void after() {
        if (previousLimit != null) {
            setLimit(previousLimit);
        }
    }

    /** Sets the per-address hourly limit through the settings API; returns the value it had. */
    private static String setLimit(String value) {
        try {
            HttpClient client = HttpClient.newHttpClient();
            String auth = "Basic "
                    + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            String settings = client.send(
                            HttpRequest.newBuilder(URI.create(BASE + "/api/v1/settings"))
                                    .header("Authorization", auth)
                                    .header("Accept", "application/json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher m = Pattern.compile("\\{[^{}]*\"key\"\\s*:\\s*\"" + Pattern.quote(LIMIT) + "\"[^{}]*}")
                    .matcher(settings);
            if (!m.find()) {
                throw new IllegalStateException("No setting " + LIMIT + " in " + settings);
            }
            String setting = m.group();
            String old = field(setting, "value");
            String version = field(setting, "version");
            HttpResponse<String> changed = client.send(
                    HttpRequest.newBuilder(URI.create(BASE + "/api/v1/settings/" + LIMIT))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(
                                    "{\"value\":\"" + value + "\",\"version\":" + version + "}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (changed.statusCode() != 200) {
                throw new IllegalStateException("Setting " + LIMIT + ": " + changed.statusCode() + " " + changed.body());
            }
            return old;
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)\"?").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    {
        setUp(submitting("warm-up")
                        .injectOpen(rampUsersPerSec(20).to(RATE).during(WARMUP))
                        .andThen(submitting("submit a request").injectOpen(constantUsersPerSec(RATE).during(SECONDS))))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().percent().is(0.0),
                        details("submit a request").responseTime().percentile(95).lte(60));
    }
}
