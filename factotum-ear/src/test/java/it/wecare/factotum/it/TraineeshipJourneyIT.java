package it.wecare.factotum.it;

import static it.wecare.factotum.it.Browser.choose;
import static it.wecare.factotum.it.Browser.clickToNavigate;
import static it.wecare.factotum.it.Browser.waitFor;
import static it.wecare.factotum.it.Browser.waitForAjax;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A traineeship from the first page to the team, in headless Chromium, as the educator and the operator live
 * it: the educator writes and starts the project beside a senior artisan; the trainee works a job beside
 * the artisan and its hours enter the register; a checkpoint is held; the traineeship completes, the
 * competences certificate downloads and reads right, and the trainee joins an operative team.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TraineeshipJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @org.junit.jupiter.api.extension.RegisterExtension
    static final com.icegreen.greenmail.junit5.GreenMailExtension SMTP =
            new com.icegreen.greenmail.junit5.GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup(
                    Integer.getInteger("greenmail.smtp.port", 3025),
                    "127.0.0.1",
                    com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEducatorFollowsATraineeFromTheProjectToTheTeam() throws Exception {
        try {
            walk();
        } catch (Exception | AssertionError e) {
            Browser.screenshot(browser, "69-traineeship-journey-failed");
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of(
                            System.getProperty("factotum.screenshots", "target/screenshots"),
                            "69-traineeship-journey-failed.html"),
                    browser.getPageSource());
            throw e;
        }
    }

    private void walk() throws Exception {
        Random random = new Random();
        String tag = "" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26))
                + (char) ('a' + random.nextInt(26));
        // lists show "Surname Name", pages "Name Surname": the tests look for the unique surname
        String tutorName = "Maestro" + tag;
        String traineeName = "Allieva" + tag;
        String mateName = "Squadra" + tag;
        String tutorEmail = TestAccounts.uniqueEmail("tutor");
        String educatorEmail = TestAccounts.create("educatrice-percorso", "EDUCATOR", "educatrice-percorso-2026");

        // the operator adds the senior artisan, the trainee and a colleague, and composes the operative team
        // the trainee hopes to join
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        addPruner("Aldo", "Maestro" + tag, tutorEmail, "Artigiano");
        addPruner("Ilaria", "Allieva" + tag, TestAccounts.uniqueEmail("allieva"), null);
        addPruner("Ugo", "Squadra" + tag, TestAccounts.uniqueEmail("squadra"), null);
        addTeam("Squadra verde " + tag, mateName, tutorName);
        browser.manage().deleteAllCookies();

        // the educator writes the project: two months and a day to today, an hour a week, one objective
        Browser.logIn(browser, educatorEmail, "educatrice-percorso-2026");
        browser.get(TestAccounts.BASE_URL + "/backoffice/traineeships.xhtml");
        clickToNavigate(browser, By.cssSelector("a[id$='new']"));
        LocalDate start = TODAY.minusMonths(2).minusDays(1);
        browser.findElement(By.id("projectForm:workerId_input")).sendKeys("Allieva" + tag);
        waitFor(browser)
                .until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//li[contains(@class,'ui-autocomplete-item') and contains(., '" + traineeName + "')]")))
                .click();
        waitForAjax(browser);
        choose(browser, browser.findElement(By.id("projectForm:tutorId")), tutorName);
        browser.findElement(By.id("projectForm:hostName")).sendKeys("Bottega di Aldo " + tag);
        typeNumber("projectForm:hostStaff_input", "4");
        browser.findElement(By.id("projectForm:hostSite")).sendKeys("Via Nizza 10, Torino");
        Browser.setDate(browser, "projectForm:startsOn_input", start);
        Browser.setDate(browser, "projectForm:endsOn_input", TODAY);
        typeNumber("projectForm:weeklyHours_input", "1");
        typeNumber("projectForm:monthlyAllowance_input", "600");
        browser.findElement(By.id("projectForm:occupationalProfile")).sendKeys("Giardiniere");
        browser.findElement(By.id("projectForm:activities")).sendKeys("Potature con il tutor, laboratorio in bottega.");
        choose(browser, browser.findElement(By.id("projectForm:objectiveRows:0:service")), "Potatura");
        browser.findElement(By.id("projectForm:objectiveRows:0:competence")).sendKeys("Potare una siepe in sicurezza");
        Browser.pick(browser, browser.findElement(By.id("projectForm:objectiveRows:0:level")), "3 – in autonomia");
        Browser.screenshot(browser, "60-traineeship-project");
        clickToNavigate(browser, By.id("projectForm:save"));
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("state"), "In preparazione"));
        String dossier = browser.getCurrentUrl();
        assertThat(dossier).contains("traineeship.xhtml?id=");
        browser.findElement(By.id("actionsForm:start")).click();
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("state"), "In corso"));
        Browser.assertAccessible(browser, "dossier of an active traineeship");

        // the tutor is told by email
        assertThat(Mails.awaitFor(SMTP, tutorEmail, 1, Duration.ofSeconds(20)))
                .anySatisfy(m -> assertThat(m.getSubject()).contains(traineeName, "farà il tirocinio con te"));
        browser.manage().deleteAllCookies();

        // a client asks for pruning today; matching suggests the trainee with her tutor; the operator
        // proposes it, she accepts by phone; the quote is accepted from its email; the job takes three hours
        String clientEmail = TestAccounts.uniqueEmail("cliente-bottega");
        String number = submitRequest(clientEmail);
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        Browser.takeInReview(browser, number);
        WebElement trainee = browser.findElements(By.cssSelector("#suggestions li.match")).stream()
                .filter(li -> li.getText().contains(traineeName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the trainee is not suggested: "
                        + browser.findElement(By.id("requestForm")).getText()));
        assertThat(trainee.getText())
                .as("matching says she goes with her tutor, and no more")
                .contains("Tirocinante", "con il tutor Aldo " + tutorName)
                .doesNotContain("vulnerab", "Servizio inviante");
        trainee.findElement(By.cssSelector("[id$=':proposeSuggested']")).click();
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignments"), "Proposto"));
        browser.findElement(By.cssSelector("[id$=':acceptedByPhone']")).click();
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("requestState"), "Assegnata"));
        String requestPage = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("[id$=':lineDescription']")).sendKeys("Potatura siepe");
        WebElement quantity = browser.findElement(By.cssSelector("[id$=':lineQuantity_input']"));
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        browser.findElement(By.cssSelector("[id$=':linePrice_input']")).sendKeys("30");
        browser.findElement(By.id("requestForm:saveQuote")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("quoteTotal")));
        browser.findElement(By.id("requestForm:sendQuote")).click();
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("requestState"), "Preventivo inviato"));
        browser.manage().deleteAllCookies();
        jakarta.mail.internet.MimeMessage quoteMail = null;
        for (jakarta.mail.internet.MimeMessage m : Mails.awaitFor(SMTP, clientEmail, 2, Duration.ofSeconds(20))) {
            if (m.getSubject().contains("preventivo")) {
                quoteMail = m;
            }
        }
        assertThat(quoteMail).isNotNull();
        browser.get(Mails.link(Mails.text(quoteMail)));
        clickToNavigate(browser, By.id("quoteForm:acceptQuote"));
        assertThat(browser.findElement(By.id("trackState")).getText()).isEqualTo("Preventivo accettato");
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        browser.get(requestPage);
        Browser.setDate(browser, "requestForm:scheduledDate_input", TODAY);
        choose(browser, browser.findElement(By.id("requestForm:scheduledStart")), "07:00");
        browser.findElement(By.id("requestForm:scheduleJob")).click();
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("requestState"), "Data fissata"));
        typeNumber("requestForm:workedHours_input", "3");
        browser.findElement(By.id("requestForm:completionNote")).sendKeys("Siepe potata da Aldo con Ilaria.");
        browser.findElement(By.id("requestForm:completeJob")).click();
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("requestState"), "Lavoro concluso"));
        browser.manage().deleteAllCookies();

        // the job's hours are in the trainee's register; the educator adds a day in the workshop
        Browser.logIn(browser, educatorEmail, "educatrice-percorso-2026");
        browser.get(dossier);
        assertThat(browser.findElement(By.id("register")).getText()).contains(number, "Lavoro con il tutor", "3");
        Browser.setDate(browser, "hoursForm:day_input", TODAY.minusDays(1));
        typeNumber("hoursForm:hours_input", "8");
        Browser.pick(browser, browser.findElement(By.id("hoursForm:activity")), "Formazione in laboratorio");
        browser.findElement(By.id("hoursForm:note")).sendKeys("Affilare e pulire gli attrezzi");
        browser.findElement(By.id("hoursForm:addHours")).click();
        waitFor(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("register"), "Affilare e pulire gli attrezzi"));
        assertThat(browser.findElement(By.id("hoursTotals")).getText()).startsWith("11");
        Browser.screenshot(browser, "61-traineeship-register");

        // a checkpoint: the objective is done with help
        Browser.setDate(browser, "checkpointForm:heldOn_input", TODAY);
        Browser.pick(browser, browser.findElement(By.id("checkpointForm:scoreRows:0:score")), "2 – con aiuto");
        browser.findElement(By.id("checkpointForm:notes")).sendKeys("Usa le cesoie con attenzione.");
        browser.findElement(By.id("checkpointForm:nextSteps")).sendKeys("Potare da sola una siepe bassa.");
        browser.findElement(By.id("checkpointForm:recordCheckpoint")).click();
        waitFor(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("checkpointList"), "Usa le cesoie con attenzione."));
        Browser.screenshot(browser, "62-traineeship-checkpoint");

        // the traineeship completes; the final assessment puts the trainee in the operative team
        browser.findElement(By.id("actionsForm:reason")).sendKeys("Obiettivi raggiunti");
        browser.findElement(By.id("actionsForm:complete")).click();
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("state"), "Concluso"));
        Browser.pick(browser, browser.findElement(By.id("assessmentForm:reachedRows:0:level")), "3 – in autonomia");
        Browser.pick(
                browser,
                browser.findElement(By.id("assessmentForm:outcome")),
                "entra in una squadra della cooperativa");
        Browser.pick(browser, browser.findElement(By.id("assessmentForm:teamId")), "Squadra verde " + tag);
        Browser.setDate(browser, "assessmentForm:educatorSignedOn_input", TODAY);
        Browser.setDate(browser, "assessmentForm:tutorSignedOn_input", TODAY);
        browser.findElement(By.id("assessmentForm:note")).sendKeys("Pronta a lavorare in squadra");
        browser.findElement(By.id("assessmentForm:assess")).click();
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("teamShown"), "Squadra verde " + tag));
        Browser.assertAccessible(browser, "dossier of a completed traineeship");
        Browser.screenshot(browser, "63-traineeship-completed");

        // the certificate downloads and reads right
        String certificate =
                browser.findElement(By.cssSelector("#certificate a")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(certificate))
                                .header(
                                        "Cookie",
                                        "JSESSIONID="
                                                + browser.manage()
                                                        .getCookieNamed("JSESSIONID")
                                                        .getValue())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(text)
                .contains("Attestazione delle competenze", traineeName, tutorName, "Potare una siepe in sicurezza")
                .contains("Bottega di Aldo " + tag);

        // at 360 px the dossier still reads, without sideways scrolling
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.navigate().refresh();
        Object overflowing = browser.executeScript("var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('main *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > w + 0.5 && out.length < 8) {"
                + "    out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right));"
                + "  }"
                + "});"
                + "return document.documentElement.scrollWidth > w ? out.join(' | ') : '';");
        assertThat(overflowing).as("no horizontal scroll at 360 px").isEqualTo("");
        Browser.screenshot(browser, "64-traineeship-completed-360");
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(TestAccounts.BASE_URL + "/backoffice/traineeships.xhtml");
        assertThat(browser.findElement(By.id("traineeshipsForm:list")).getText())
                .as("assessed, with the follow-ups months away: no longer among those under way")
                .doesNotContain(traineeName);
        Browser.pick(browser, browser.findElement(By.id("traineeshipsForm:state")), "Concluso");
        waitFor(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("traineeshipsForm:list"), traineeName));
        assertThat(browser.findElement(By.id("traineeshipsForm:list")).getText())
                .contains("Concluso", tutorName);
        Browser.assertAccessible(browser, "my traineeships");
        Browser.screenshot(browser, "65-my-traineeships");
        browser.manage().deleteAllCookies();

        // the team shows, to staff, who joined from a traineeship
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        browser.get(TestAccounts.BASE_URL + "/backoffice/teams.xhtml");
        WebElement team = browser.findElements(By.cssSelector("#teamsForm\\:teams tbody tr")).stream()
                .filter(tr -> tr.getText().contains("Squadra verde " + tag))
                .findFirst()
                .orElseThrow();
        assertThat(team.getText()).contains(traineeName);
        Browser.screenshot(browser, "66-team-joined");
    }

    /** A pruning request in Torino for today, as a partner's site would send it. */
    private static String submitRequest(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("subcategoryCode", "potatura");
        body.put("description", "Potare la siepe del cortile, una decina di metri.");
        body.put("comuneCode", "001272");
        body.put("address", "Via Nizza 12");
        body.put("exactDate", TODAY.toString());
        body.put("timeOfDay", "MORNING");
        body.put("clientName", "Marta Bianchi");
        body.put("clientEmail", email);
        body.put("privacyAccepted", true);
        return RestAssured.given()
                .baseUri(TestAccounts.BASE_URL)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("number");
    }

    /** The operator adds a worker who prunes in Torino, of {@code kind} (the form's default when null). */
    private void addPruner(String firstName, String lastName, String email, String kind) {
        browser.get(TestAccounts.BASE_URL + "/backoffice/worker.xhtml");
        if (kind != null) {
            Browser.pick(browser, browser.findElement(By.id("workerForm:kind")), kind);
            waitForAjax(browser);
        }
        browser.findElement(By.id("workerForm:firstName")).sendKeys(firstName);
        browser.findElement(By.id("workerForm:lastName")).sendKeys(lastName);
        browser.findElement(By.id("workerForm:email")).sendKeys(email);
        browser.findElement(By.id("workerForm:addSkill")).click();
        waitForAjax(browser);
        choose(browser, browser.findElement(By.cssSelector("[id$='service'].ui-selectonemenu")), "Potatura");
        browser.findElement(By.cssSelector("#workerForm\\:comuneToAdd_input")).sendKeys("Torin");
        waitFor(browser)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("li[data-item-label='Torino (TO)']")))
                .click();
        waitForAjax(browser);
        waitFor(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("comuniServed"), "Torino (TO)"));
        clickToNavigate(browser, By.id("workerForm:save"));
        assertThat(browser.getCurrentUrl()).contains("/backoffice/worker.xhtml?id=");
    }

    /** The operator composes a team led by {@code lead} with {@code member}. */
    private void addTeam(String name, String lead, String member) {
        browser.get(TestAccounts.BASE_URL + "/backoffice/teams.xhtml");
        browser.findElement(By.id("teamsForm:add")).click();
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("teamForm:name")));
        browser.findElement(By.id("teamForm:name")).sendKeys(name);
        choose(browser, browser.findElement(By.id("teamForm:lead")), lead);
        browser.findElement(By.id("teamForm:members")).click();
        WebElement filter = waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='teamForm:members_panel'] .ui-selectcheckboxmenu-filter-container input")));
        filter.sendKeys(member);
        waitFor(browser)
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='teamForm:members_panel']"
                        + "//li[contains(@class,'ui-selectcheckboxmenu-item') and not(contains(@style,'display: none'))"
                        + " and contains(., '" + member + "')]//div[contains(@class,'ui-chkbox-box')]")))
                .click();
        filter.sendKeys(Keys.ESCAPE);
        browser.findElement(By.id("teamForm:save")).click();
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("teamsForm:teams"), name));
        waitForAjax(browser);
    }

    /** Types {@code value} into a PrimeFaces number input, replacing what it shows. */
    private void typeNumber(String inputId, String value) {
        WebElement input = browser.findElement(By.id(inputId));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
        input.sendKeys(Keys.TAB);
    }
}
