package it.wecare.factotum.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Matching under load: {@code GET /api/v1/requests/{number}/suggestions} — the hard filters, the workload,
 * days-away and coordinates of every worker left, the score and its explanation — for requests in
 * Torino, Cuneo and Novara among the workers of the database (100,000 from {@code WorkforceGenerator}). An
 * operator's session (logged in once through the login page, as operators work) is reused by every call.
 * Open model: {@code -Drate} (default 20) rankings per second for {@code -Dduration} seconds (default 60)
 * after a {@code -Dwarmup} (default 60) seconds warm-up at the same rate. Target: p95 ≤ 50 ms.
 */
public class MatchingSimulation extends Simulation {

    private static final String BASE = System.getProperty("factotum.base.url", "http://localhost:8080");
    private static final int SECONDS = Integer.getInteger("duration", 60);
    private static final int WARMUP = Integer.getInteger("warmup", 60);
    private static final int RATE = Integer.getInteger("rate", 20);
    private static final String ADMIN = System.getProperty("factotum.admin.email", "admin@example.org");
    private static final String PASSWORD = System.getProperty("factotum.admin.password", "a-long-password");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** Three places, three services: a city, a town and a mid-sized comune. */
    private static final String[][] JOBS = {
        {"potatura", "001272"}, {"tinteggiatura-interni", "004078"}, {"piccola-idraulica", "003106"}
    };

    private static final String SESSION = logIn();
    private static final String[] NUMBERS = requests();

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("application/json")
            .header("Cookie", "JSESSIONID=" + SESSION);

    private static ScenarioBuilder ranking(String name) {
        return scenario(name)
                .exec(session -> session.set(
                        "number", NUMBERS[(int) (Math.abs(session.userId()) % NUMBERS.length)]))
                .exec(http(name)
                        .get("/api/v1/requests/#{number}/suggestions")
                        .check(status().is(200), jsonPath("$.ranked").exists()));
    }

    {
        setUp(ranking("warm-up")
                        .injectOpen(constantUsersPerSec(RATE).during(WARMUP))
                        .andThen(ranking("rank the workers").injectOpen(constantUsersPerSec(RATE).during(SECONDS))))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().percent().is(0.0),
                        details("rank the workers").responseTime().percentile(95).lte(50));
    }

    /** Logs in through the login page as an operator would; returns the session id. */
    private static String logIn() {
        try {
            CookieManager cookies = new CookieManager();
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
            String page = client.send(
                            HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher state = VIEW_STATE.matcher(page);
            if (!state.find()) {
                throw new IllegalStateException("No view state on the login page");
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("loginForm", "loginForm");
            form.put("loginForm:email", ADMIN);
            form.put("loginForm:password", PASSWORD);
            form.put("loginForm:next", "");
            form.put("loginForm:submit", "");
            form.put("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&"));
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            client.send(
                    HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No session after logging in as " + ADMIN));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One request per job, sent through the public API; returns their numbers. */
    private static String[] requests() {
        HttpClient client = HttpClient.newHttpClient();
        String[] numbers = new String[JOBS.length];
        for (int i = 0; i < JOBS.length; i++) {
            String key = UUID.randomUUID().toString();
            String json = """
                    {"subcategoryCode":"%s","description":"Lavoro del benchmark di matching.","comuneCode":"%s",
                     "address":"Via Roma 1","earliestDate":"%s","latestDate":"%s","timeOfDay":"ANY",
                     "clientName":"Cliente Benchmark","clientEmail":"matching-%s@factotum.test","language":"it",
                     "privacyAccepted":true}"""
                    .formatted(
                            JOBS[i][0],
                            JOBS[i][1],
                            LocalDate.now().plusDays(7),
                            LocalDate.now().plusDays(21),
                            key.substring(0, 8));
            try {
                HttpResponse<String> answer = client.send(
                        HttpRequest.newBuilder(URI.create(BASE + "/api/v1/requests"))
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher number = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
                if (answer.statusCode() != 201 || !number.find()) {
                    throw new IllegalStateException("Request refused: " + answer.statusCode() + " " + answer.body());
                }
                numbers[i] = number.group(1);
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return numbers;
    }
}
