package it.wecare.factotum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The one login page of the back-office and the worker area, over plain HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PagesClient client = new PagesClient(TestAccounts.BASE_URL);

    @Test
    void rightPasswordOpensTheBackOfficeDashboard() throws Exception {
        HttpResponse<String> login = client.login(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/backoffice/"));
        HttpResponse<String> dashboard = client.get("/backoffice/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Cruscotto").contains("id=\"dashboardFigures\"");
    }

    @Test
    void wrongPasswordIsRefusedWithAClearMessage() throws Exception {
        HttpResponse<String> login = client.login(TestAccounts.ADMIN_EMAIL, "not-the-password");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Email o password non corretti.");
        assertThat(client.get("/backoffice/").statusCode()).isEqualTo(302);
    }

    @Test
    void anonymousVisitorOfTheBackOfficeIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> page = client.get("/backoffice/audit.xhtml");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml?next=%2Fbackoffice%2Faudit.xhtml"));
    }

    @Test
    void workerCannotOpenAnAdministratorPage() throws Exception {
        String worker = TestAccounts.create("worker", "WORKER", "worker-password-2026");
        HttpResponse<String> login = client.login(worker, "worker-password-2026");
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/worker/"));

        HttpResponse<String> settings = client.get("/backoffice/admin/settings.xhtml");

        assertThat(settings.statusCode()).isEqualTo(403);
        assertThat(settings.body()).contains("Accesso non consentito").doesNotContainPattern(TestAccounts.STACK_TRACE);
        assertThat(client.get("/worker/").statusCode()).isEqualTo(200);
    }

    @Test
    void sessionIdChangesAtLoginAndTheCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> page = client.get("/login.xhtml");
        String before = client.sessionId().orElseThrow();
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .contains("JSESSIONID")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));

        client.submit(
                page,
                "loginForm",
                "submit",
                java.util.Map.of(
                        "email", TestAccounts.ADMIN_EMAIL, "password", TestAccounts.ADMIN_PASSWORD, "next", ""));

        assertThat(client.sessionId()).isPresent().isNotEqualTo(java.util.Optional.of(before));
    }

    @Test
    void repeatedFailedLoginsLockTheAccountForAWhile() throws Exception {
        String operator = TestAccounts.create("locked", "OPERATOR", "operator-password-2026");
        for (int attempt = 0; attempt < 5; attempt++) {
            client.login(operator, "wrong-password-" + attempt);
        }

        HttpResponse<String> rightPassword = client.login(operator, "operator-password-2026");

        assertThat(rightPassword.statusCode()).isEqualTo(200);
        assertThat(rightPassword.body()).contains("Troppi tentativi non riusciti");
        assertThat(client.get("/backoffice/").statusCode()).isEqualTo(302);
    }

    @Test
    void anUnknownEmailIsLockedExactlyAsAKnownOne() throws Exception {
        String known = TestAccounts.create("known-lock", "OPERATOR", "operator-password-2026");
        String unknown = TestAccounts.uniqueEmail("unknown-lock");
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            knownAnswers.add(
                    message(client.login(known, "wrong-password-" + attempt).body()));
            unknownAnswers.add(
                    message(client.login(unknown, "wrong-password-" + attempt).body()));
        }

        // the two locks start a few milliseconds apart, so their minute may differ: compare the words,
        // and the times within a minute
        assertThat(withoutTimes(unknownAnswers)).isEqualTo(withoutTimes(knownAnswers));
        LocalTime knownUntil = lockedUntil(knownAnswers.get(5));
        LocalTime unknownUntil = lockedUntil(unknownAnswers.get(5));
        int minutesApart = Math.abs(knownUntil.toSecondOfDay() - unknownUntil.toSecondOfDay()) / 60;
        assertThat(Math.min(minutesApart, 24 * 60 - minutesApart)).isLessThanOrEqualTo(1);
        assertThat(knownAnswers.get(0)).isEqualTo("Email o password non corretti.");
        assertThat(knownAnswers.get(5)).startsWith("Troppi tentativi non riusciti: l'accesso è bloccato fino alle");
    }

    @Test
    void basicAuthFailuresAreAnswered429WithRetryAfterAndLockOnlyThatEmail() throws Exception {
        String operator = TestAccounts.create("basic-lock", "OPERATOR", "operator-password-2026");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(io.restassured.RestAssured.given()
                            .baseUri(TestAccounts.BASE_URL)
                            .auth()
                            .preemptive()
                            .basic(operator, "wrong-" + attempt)
                            .get("/api/v1/outbox")
                            .statusCode())
                    .isIn(401, 429);
        }

        io.restassured.response.Response locked = io.restassured.RestAssured.given()
                .baseUri(TestAccounts.BASE_URL)
                .auth()
                .preemptive()
                .basic(operator, "operator-password-2026")
                .get("/api/v1/outbox");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 15L * 60 + 1);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(TestAccounts.asAdmin().get("/api/v1/outbox").statusCode())
                .as("other accounts from the same address keep working")
                .isEqualTo(200);
    }

    private static String message(String page) {
        Matcher m = Pattern.compile("ui-messages-error-summary\">([^<]+)<").matcher(page);
        return m.find() ? PagesClient.htmlUnescape(m.group(1)).replace("&#39;", "'") : "(no message)";
    }

    @Test
    void loginReturnsToThePageAskedFor() throws Exception {
        HttpResponse<String> page = client.get("/login.xhtml?next=%2Fbackoffice%2Faudit.xhtml");

        HttpResponse<String> login = client.submit(
                page,
                "loginForm",
                "submit",
                java.util.Map.of(
                        "email",
                        TestAccounts.ADMIN_EMAIL,
                        "password",
                        TestAccounts.ADMIN_PASSWORD,
                        "next",
                        "/backoffice/audit.xhtml"));

        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/backoffice/audit.xhtml"));
        assertThat(client.get("/backoffice/audit.xhtml").body()).contains("Registro attività");
    }

    @Test
    void aFormFromAnExpiredViewShowsTheExpiredPageWithoutAStackTrace() throws Exception {
        HttpResponse<String> page = client.get("/login.xhtml");
        HttpResponse<String> stale = new PagesClient(TestAccounts.BASE_URL)
                .submit(
                        page,
                        "loginForm",
                        "submit",
                        java.util.Map.of("email", TestAccounts.ADMIN_EMAIL, "password", "irrelevant", "next", ""));

        assertThat(stale.body()).contains("Sessione scaduta").doesNotContainPattern(TestAccounts.STACK_TRACE);
        assertThat(stale.statusCode())
                .as("a stale form is the visitor's, not a server fault")
                .isEqualTo(400);
    }

    @Test
    void aTamperedViewStateIsA400WithTheFriendlyPage() throws Exception {
        HttpResponse<String> page = client.get("/login.xhtml");
        for (String tampered : java.util.List.of(
                "random", "-1:2", java.util.Base64.getEncoder().encodeToString(new byte[200_000]))) {
            HttpResponse<String> answer = client.submit(
                    page.uri(),
                    "loginForm",
                    "submit",
                    java.util.Map.of("email", "a@b.it", "password", "x", "next", ""),
                    tampered);

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("Sessione scaduta").doesNotContainPattern(TestAccounts.STACK_TRACE);
        }
    }

    @Test
    void aGetThatCarriesAFormsViewStateIsA400() throws Exception {
        HttpResponse<String> answer =
                client.get("/login.xhtml?loginForm=loginForm&loginForm%3Asubmit=&jakarta.faces.ViewState=x");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Richiesta non valida").doesNotContainPattern(TestAccounts.STACK_TRACE);
    }

    @Test
    void aProfileAddressWithoutANumberIsNotFound() throws Exception {
        assertThat(client.get("/profile.xhtml?id=abc").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPagesGetTheNotFoundPageInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> missing = client.get("/no-such-page.xhtml");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Pagina non trovata").doesNotContainPattern(TestAccounts.STACK_TRACE);
    }

    @Test
    void simultaneousLoginsOfOnePersonAllSucceed() throws Exception {
        String operator = TestAccounts.create("parallel", "OPERATOR", "operator-password-2026");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var answers = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> new PagesClient(TestAccounts.BASE_URL)
                        .login(operator, "operator-password-2026")
                        .statusCode()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(302);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anAbsurdlyLongEmailIsAnsweredLikeAnyWrongLogin() throws Exception {
        String longEmail = "a".repeat(5000) + "@factotum.test";

        HttpResponse<String> login = client.login(longEmail, "whatever-password");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body())
                .contains("Email o password non corretti.")
                .doesNotContainPattern(TestAccounts.STACK_TRACE);
    }

    private static final Pattern CLOCK = Pattern.compile("\\b(\\d{2}):(\\d{2})\\b");

    private static List<String> withoutTimes(List<String> answers) {
        return answers.stream().map(a -> CLOCK.matcher(a).replaceAll("hh:mm")).toList();
    }

    private static LocalTime lockedUntil(String answer) {
        Matcher m = CLOCK.matcher(answer);
        assertThat(m.find()).as("a time in: " + answer).isTrue();
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
