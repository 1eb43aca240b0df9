package it.wecare.factotum.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The foundation under load, on the demo data set: anonymous visitors on the home page and the public
 * API, and staff logging in (PBKDF2, 210,000 iterations) and opening the dashboard and the audit log.
 * Targets: visitors p95 under 300 ms, login p95 under 1.5 s, no failed request.
 */
public class FoundationSimulation extends Simulation {

    private static final String BASE = System.getProperty("factotum.base.url", "http://localhost:8080");
    private static final int SECONDS = Integer.getInteger("duration", 60);

    HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("it-IT,it;q=0.9");

    ScenarioBuilder visitors = scenario("visitor")
            .exec(http("home").get("/").check(status().is(200), css("#hero-title").exists()))
            .exec(http("organisations API")
                    .get("/api/v1/organisations")
                    .check(status().is(200), jsonPath("$[0].code").exists()))
            .exec(http("health").get("/api/v1/health").check(status().is(200)));

    ScenarioBuilder staff = scenario("operator")
            .exec(http("login page")
                    .get("/login.xhtml")
                    .check(status().is(200), css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
            .exec(http("login")
                    .post("/login.xhtml")
                    .formParam("loginForm", "loginForm")
                    .formParam("loginForm:email", "operatore@demo.factotum.it")
                    .formParam("loginForm:password", "demo-operatore-2026")
                    .formParam("loginForm:next", "")
                    .formParam("loginForm:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200), css("#dashboardFigures").exists()))
            .exec(http("audit log").get("/backoffice/audit.xhtml").check(status().is(200)));

    {
        setUp(
                        visitors.injectOpen(constantUsersPerSec(20).during(SECONDS)),
                        staff.injectOpen(constantUsersPerSec(1).during(SECONDS)))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().percent().is(0.0),
                        details("home").responseTime().percentile(95).lt(300),
                        details("organisations API").responseTime().percentile(95).lt(300),
                        details("login").responseTime().percentile(95).lt(1500));
    }
}
