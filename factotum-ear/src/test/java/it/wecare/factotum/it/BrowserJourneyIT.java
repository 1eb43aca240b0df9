package it.wecare.factotum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person's first journey, in headless Chromium: the home page, English, the back-office. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneyIT {

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
    void homeInItalianThenEnglishThenLoginToTheDashboard() throws Exception {
        browser.get(TestAccounts.BASE_URL + "/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("it");
        assertThat(browser.findElement(By.id("hero-title")).getText()).contains("Piccoli lavori");
        Browser.screenshot(browser, "01-home-it");

        WebElement italianPage = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("languageForm:toEnglish")).click();
        waitFor().until(gone(italianPage));
        waitFor().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("hero-title"), "Small jobs"));
        assertThat(browser.findElement(By.id("hero-title")).getText()).contains("Small jobs");
        Browser.screenshot(browser, "02-home-en");

        clickToNavigate(By.linkText("Log in"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("login-title")));
        assertThat(browser.findElement(By.id("login-title")).getText()).isEqualTo("Staff and worker login");
        browser.findElement(By.id("loginForm:email")).sendKeys(TestAccounts.ADMIN_EMAIL);
        browser.findElement(By.id("loginForm:password")).sendKeys("wrong-password");
        clickToNavigate(By.id("loginForm:submit"));
        assertThat(browser.findElement(By.id("loginForm:loginMessages")).getText())
                .contains("Wrong email or password");
        Browser.screenshot(browser, "03-login-refused-en");

        browser.findElement(By.id("loginForm:email")).clear();
        browser.findElement(By.id("loginForm:email")).sendKeys(TestAccounts.ADMIN_EMAIL);
        browser.findElement(By.id("loginForm:password")).sendKeys(TestAccounts.ADMIN_PASSWORD);
        clickToNavigate(By.id("loginForm:submit"));

        waitFor().until(ExpectedConditions.urlContains("/backoffice/"));
        assertThat(browser.getCurrentUrl()).endsWith("/backoffice/");
        assertThat(browser.findElement(By.className("page-title")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElement(By.id("countAdmins")).getText()).isNotEqualTo("0");
        Browser.screenshot(browser, "04-dashboard-en");

        clickToNavigate(By.linkText("Activity log"));
        waitFor().until(ExpectedConditions.urlContains("audit"));
        assertThat(browser.findElement(By.id("auditForm:entries")).getText()).contains("LOGIN");
        Browser.screenshot(browser, "05-audit-en");

        clickToNavigate(By.linkText("Settings"));
        waitFor().until(ExpectedConditions.urlContains("settings"));
        assertThat(browser.findElement(By.id("settingsForm:settings")).getText())
                .contains("Cooperative name");
        Browser.screenshot(browser, "06-settings-en");
    }

    private void clickToNavigate(By target) {
        Browser.clickToNavigate(browser, target);
    }

    private void choose(WebElement menu, String label) {
        Browser.choose(browser, menu, label);
    }

    private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(WebElement element) {
        return Browser.gone(element);
    }

    private void waitForAjax() {
        Browser.waitForAjax(browser);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void homePageFitsAPhoneScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(360, 780));
        browser.get(TestAccounts.BASE_URL + "/");

        Browser.screenshot(browser, "07-home-phone");
        Object widest = browser.executeScript("return document.documentElement.scrollWidth;");
        Object viewport = browser.executeScript("return document.documentElement.clientWidth;");
        assertThat(((Number) widest).intValue()).isLessThanOrEqualTo(((Number) viewport).intValue());

        browser.get(TestAccounts.BASE_URL + "/no-such-page.xhtml");
        assertThat(browser.findElement(By.className("page-title")).getText()).isEqualTo("Pagina non trovata");
        assertThat(browser.getPageSource()).doesNotContainPattern(TestAccounts.STACK_TRACE);
        Browser.screenshot(browser, "08-not-found-phone");
    }

    @Test
    void anAdministratorInvitesSomeoneWhoChoosesAPasswordFromTheEmailedLink() throws Exception {
        String email = TestAccounts.uniqueEmail("browser-invite");
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);

        browser.get(TestAccounts.BASE_URL + "/backoffice/admin/accounts.xhtml");
        browser.findElement(By.id("inviteForm:email")).sendKeys(email);
        browser.findElement(By.id("inviteForm:displayName")).sendKeys("Lucia Bianchi");
        browser.findElement(By.id("inviteForm:roles:3")).click();
        browser.findElement(By.id("inviteForm:invite")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), email));
        Browser.screenshot(browser, "10-accounts-invited");

        browser.get(TestAccounts.BASE_URL + "/backoffice/outbox.xhtml");
        browser.findElement(By.id("outboxForm:recipient")).sendKeys(email);
        WebElement table = browser.findElement(By.id("outboxForm:emails"));
        browser.findElement(By.id("outboxForm:search")).click();
        waitFor().until(gone(table));
        waitForAjax();
        assertThat(browser.findElements(By.cssSelector("#outboxForm\\:emails_data tr")))
                .hasSize(1);
        // an invitation opens an account: the outbox says it exists, never what it says (nor its link)
        assertThat(browser.findElements(By.id("outboxForm:emails:0:preview"))).isEmpty();
        assertThat(browser.findElement(By.id("outboxForm:emails")).getText()).contains("Contenuto riservato");
        Browser.screenshot(browser, "11-outbox-invitation-reserved");

        String link = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)));
        browser.manage().deleteAllCookies();

        browser.get(link);
        assertThat(browser.findElement(By.id("accountName")).getText()).isEqualTo("Lucia Bianchi");
        browser.findElement(By.id("passwordForm:password")).sendKeys("lucia-password-2026");
        browser.findElement(By.id("passwordForm:confirmation")).sendKeys("lucia-password-2026");
        Browser.screenshot(browser, "12-choose-password");
        browser.findElement(By.id("passwordForm:save")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("passwordSaved")));
        Browser.screenshot(browser, "13-password-saved");

        Browser.logIn(browser, email, "lucia-password-2026");
        assertThat(browser.getCurrentUrl()).endsWith("/worker/");
        assertThat(browser.findElement(By.id("workerName")).getText()).isEqualTo("Lucia Bianchi");
    }

    @Test
    void anOperatorAddsAWorkerAndAClientFindsHerFromTheHomePage() throws Exception {
        String lastName = "Sperandio" + (char) ('a' + new java.util.Random().nextInt(26));
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);

        browser.get(TestAccounts.BASE_URL + "/backoffice/worker.xhtml");
        browser.findElement(By.id("workerForm:firstName")).sendKeys("Rosa");
        browser.findElement(By.id("workerForm:lastName")).sendKeys(lastName);
        browser.findElement(By.cssSelector("#workerForm\\:homeComune_input")).sendKeys("Monca");
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("li[data-item-label='Moncalieri (TO)']")))
                .click();
        consentToPruneInTorino();
        Browser.screenshot(browser, "17-worker-form");
        clickToNavigate(By.id("workerForm:save"));

        assertThat(browser.getCurrentUrl()).contains("/backoffice/worker.xhtml?id=");
        assertThat(browser.findElement(By.id("globalMessages")).getText()).contains(lastName);

        java.nio.file.Path photo = java.nio.file.Files.createTempFile("worker-photo", ".png");
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(900, 600, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png",
                photo.toFile());
        browser.findElement(By.id("photoForm:file"))
                .sendKeys(photo.toAbsolutePath().toString());
        clickToNavigate(By.id("photoForm:upload"));
        assertThat(browser.findElement(By.id("globalMessages")).getText()).contains("Foto salvata");
        clickToNavigate(By.linkText("Vedi la pagina pubblica"));
        assertThat(browser.findElement(By.id("profilePhoto")).getAttribute("naturalWidth"))
                .isEqualTo("480");
        assertThat(browser.findElement(By.id("profile-name")).getText()).isEqualTo("Rosa " + lastName);
        assertThat(browser.findElement(By.id("profileSkills")).getText()).contains("Potatura");
        assertThat(browser.getPageSource()).contains("Torino (TO)");
        Browser.screenshot(browser, "18-public-profile");

        // a client, not logged in, searches from the home page with a word of the family ("potare")
        browser.manage().deleteAllCookies();
        browser.get(TestAccounts.BASE_URL + "/");
        browser.findElement(By.id("q")).sendKeys("potare");
        clickToNavigate(By.id("homeSearchButton"));
        assertThat(browser.getCurrentUrl()).contains("/search.xhtml?q=potare");
        assertThat(browser.findElement(By.id("results-title")).getText()).isEqualTo("Risultati per «potare»");
        Browser.screenshot(browser, "19-search-results");

        // refines by service, then by province: each facet is a link, the whole query stays in the URL
        clickToNavigate(By.cssSelector("a[data-facet='subcategory'][data-value='potatura']"));
        assertThat(browser.getCurrentUrl()).contains("q=potare").contains("category=potatura");
        clickToNavigate(By.cssSelector("a[data-facet='province'][data-value='TO']"));
        assertThat(browser.getCurrentUrl()).contains("category=potatura").contains("province=TO");
        assertThat(browser.findElement(By.id("facet-list-province")).getText()).contains("Torino");
        Browser.screenshot(browser, "20-search-refined");
        String refined = browser.getCurrentUrl();

        // the back button goes back to the search before the last refinement
        browser.navigate().back();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("province=TO")));
        assertThat(browser.getCurrentUrl()).contains("category=potatura");
        browser.navigate().forward();
        waitFor().until(ExpectedConditions.urlToBe(refined));

        // and opens her page
        clickToNavigate(By.linkText("Rosa " + lastName));
        assertThat(browser.findElement(By.id("profile-name")).getText()).isEqualTo("Rosa " + lastName);
        Browser.screenshot(browser, "21-profile-from-search");

        // a search that finds nothing suggests the categories
        browser.get(TestAccounts.BASE_URL + "/search.xhtml?q=" + "sanificazione%20piscine");
        assertThat(browser.findElement(By.id("noResults")).getText()).contains("Nessun risultato");
        assertThat(browser.findElements(By.cssSelector("#suggestions a"))).hasSizeGreaterThan(5);
        Browser.screenshot(browser, "22-search-no-results");
    }

    @Test
    void aClientAsksForAQuoteFollowsItFromTheEmailedLinkAndCancelsIt() throws Exception {
        String email = TestAccounts.uniqueEmail("cliente");

        // a client who does not know what the service is called describes the job and picks a suggestion
        browser.get(TestAccounts.BASE_URL + "/request/new.xhtml");
        browser.findElement(By.id("requestForm:description")).sendKeys("Devo imbiancare la cucina e il corridoio");
        WebElement suggestion = waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//div[@id='requestForm:serviceSuggestions']//a[normalize-space()='Tinteggiatura interni']")));
        Browser.screenshot(browser, "24-request-suggestion");
        suggestion.click();
        waitFor().until(ExpectedConditions.textToBe(By.id("requestForm:service_label"), "Tinteggiatura interni"));

        browser.get(TestAccounts.BASE_URL + "/request/new.xhtml?service=potatura");
        assertThat(browser.findElement(By.id("request-title")).getText()).isEqualTo("Chiedi un preventivo");

        // step 1: an empty description is named and refused
        clickToNavigate(By.id("requestForm:next"));
        assertThat(browser.findElement(By.id("requestForm")).getText()).contains("Descrivi il lavoro");
        assertThat(browser.findElements(By.cssSelector("#requestForm .ui-message-error")))
                .isNotEmpty();
        browser.findElement(By.id("requestForm:description"))
                .sendKeys("Potare la siepe di alloro lungo il cancello, circa 15 metri.");
        Browser.screenshot(browser, "24-request-what");
        clickToNavigate(By.id("requestForm:next"));

        // step 2: where and when
        pickTorino(By.cssSelector("#requestForm\\:comune_input"));
        browser.findElement(By.id("requestForm:address")).sendKeys("Via Po 10");
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"))
                .plusDays(7)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        WebElement date = browser.findElement(By.id("requestForm:exactDate_input"));
        date.sendKeys(day);
        date.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        Browser.screenshot(browser, "25-request-where-when");
        clickToNavigate(By.id("requestForm:next"));

        // step 3: who; step 4: goods in exchange (optional, nothing offered); step 5: contact and consent
        clickToNavigate(By.id("requestForm:next"));
        assertThat(browser.findElement(By.id("step-title")).getText()).isEqualTo("Offri dei beni in cambio");
        clickToNavigate(By.id("requestForm:next"));
        browser.findElement(By.id("requestForm:name")).sendKeys("Giulia Verdi");
        browser.findElement(By.id("requestForm:email")).sendKeys(email);
        browser.findElement(By.id("requestForm:phone")).sendKeys("011 555 1234");
        clickToNavigate(By.id("requestForm:send"));
        assertThat(browser.findElement(By.id("requestForm")).getText()).contains("consenso");
        browser.findElement(By.cssSelector("#requestForm\\:privacy .ui-chkbox-box"))
                .click();
        Browser.screenshot(browser, "26-request-contact");
        clickToNavigate(By.id("requestForm:send"));

        assertThat(browser.getCurrentUrl()).contains("/request/sent.xhtml?number=");
        String number = browser.findElement(By.id("requestNumber")).getText().replaceAll(".* (\\d{4}-\\d{6}).*", "$1");
        assertThat(number).matches("\\d{4}-\\d{6}");
        Browser.screenshot(browser, "27-request-sent");

        // the email with the tracking link
        jakarta.mail.internet.MimeMessage mail = Mails.awaitOne(SMTP, email);
        assertThat(mail.getSubject()).contains(number);
        String link = Mails.link(Mails.text(mail));
        browser.get(link);
        assertThat(browser.findElement(By.id("track-title")).getText()).contains(number);
        assertThat(browser.findElement(By.id("trackState")).getText()).isEqualTo("Ricevuta");
        Browser.screenshot(browser, "28-request-tracking");

        // an operator finds it in the queue, takes it in review and writes an internal note
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        browser.get(TestAccounts.BASE_URL + "/backoffice/requests.xhtml");
        browser.findElement(By.id("requestsForm:text")).sendKeys(number);
        WebElement queue = browser.findElement(By.id("requestsForm:requests"));
        browser.findElement(By.id("requestsForm:search")).click();
        waitFor().until(gone(queue));
        waitForAjax();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText(number)));
        Browser.screenshot(browser, "29-requests-queue");
        clickToNavigate(By.linkText(number));
        assertThat(browser.findElement(By.id("requestState")).getText()).isEqualTo("Ricevuta");
        browser.findElement(By.id("requestForm:takeInReview")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("requestState"), "In esame"));
        browser.findElement(By.id("requestForm:note")).sendKeys("Chiamata la cliente: siepe alta due metri.");
        browser.findElement(By.id("requestForm:saveNote")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "siepe alta"));
        Browser.screenshot(browser, "30-request-operator");
        browser.manage().deleteAllCookies();

        // the client sees the new state, not the internal note
        browser.get(link);
        assertThat(browser.findElement(By.id("trackState")).getText()).isEqualTo("In esame");
        assertThat(browser.findElement(By.id("timeline")).getText()).doesNotContain("siepe alta");

        // cancels with a reason
        clickToNavigate(By.id("cancelForm:cancel"));
        assertThat(browser.findElement(By.id("cancelForm")).getText()).contains("Motivo");
        browser.findElement(By.id("cancelForm:reason")).sendKeys("Ho trovato un vicino che mi aiuta.");
        clickToNavigate(By.id("cancelForm:cancel"));
        assertThat(browser.findElement(By.id("trackState")).getText()).isEqualTo("Annullata");
        assertThat(browser.findElements(By.id("cancelForm"))).isEmpty();
        Browser.screenshot(browser, "31-request-cancelled");
        assertThat(Mails.awaitFor(SMTP, email, 2, Duration.ofSeconds(20))).hasSize(2);

        // a forged link shows a clear page
        browser.get(TestAccounts.BASE_URL + "/request/track.xhtml?token=forged");
        assertThat(browser.findElement(By.id("trackRefused")).getText()).contains("non è valido");
    }

    /** In the worker form: the public-profile consent, Potatura as a skill, Torino as a comune served. */
    private void consentToPruneInTorino() {
        browser.findElement(By.cssSelector("#workerForm\\:publicConsent .ui-chkbox-box"))
                .click();
        browser.findElement(By.id("workerForm:addSkill")).click();
        waitForAjax();
        choose(browser.findElement(By.cssSelector("[id$='service'].ui-selectonemenu")), "Potatura");
        pickTorino(By.cssSelector("#workerForm\\:comuneToAdd_input"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("comuniServed"), "Torino (TO)"));
    }

    /** Types the first letters of Torino into a comune autocomplete and picks it. */
    private void pickTorino(By input) {
        browser.findElement(input).sendKeys("Torin");
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("li[data-item-label='Torino (TO)']")))
                .click();
        waitForAjax();
    }

    /** Walks the client's four steps for a pruning job in Torino in ten days and returns the request's number. */
    private String askForAQuote(String email) throws Exception {
        return askForAQuote(email, 10, false);
    }

    /** A JPEG photo of a garden hedge, as a client's phone would take it (a temporary file). */
    private static java.nio.file.Path gardenPhoto() throws Exception {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x6b, 0x9e, 0x4a));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new java.awt.Color(0x3d, 0x6b, 0x2a));
        g.fillRect(40, 200, 560, 200);
        g.dispose();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("siepe", ".jpg");
        javax.imageio.ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    /**
     * Walks the client's four steps for a pruning job in Torino on the day {@code daysAhead} from today,
     * with a photo if asked, and returns the request's number.
     */
    private String askForAQuote(String email, int daysAhead, boolean withPhoto) throws Exception {
        browser.get(TestAccounts.BASE_URL + "/request/new.xhtml?service=potatura");
        browser.findElement(By.id("requestForm:description")).sendKeys("Potare due alberi da frutto in cortile.");
        if (withPhoto) {
            browser.findElement(By.cssSelector("#requestForm\\:photos input[type=file]"))
                    .sendKeys(gardenPhoto().toString());
            waitFor()
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#requestForm\\:photoList img")));
            // the upload's own request may still be finishing: "Avanti" waits for it
            waitForAjax();
            Browser.screenshot(browser, "23-request-photo");
        }
        clickToNavigate(By.id("requestForm:next"));
        pickTorino(By.cssSelector("#requestForm\\:comune_input"));
        browser.findElement(By.id("requestForm:address")).sendKeys("Corso Francia 5");
        WebElement date = browser.findElement(By.id("requestForm:exactDate_input"));
        date.sendKeys(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"))
                .plusDays(daysAhead)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        date.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        clickToNavigate(By.id("requestForm:next"));
        clickToNavigate(By.id("requestForm:next"));
        clickToNavigate(By.id("requestForm:next"));
        browser.findElement(By.id("requestForm:name")).sendKeys("Marco Neri");
        browser.findElement(By.id("requestForm:email")).sendKeys(email);
        browser.findElement(By.cssSelector("#requestForm\\:privacy .ui-chkbox-box"))
                .click();
        clickToNavigate(By.id("requestForm:send"));
        return browser.findElement(By.id("requestNumber")).getText().replaceAll(".* (\\d{4}-\\d{6}).*", "$1");
    }

    @Test
    void aClientWhoForgetsTheAddressOrTypesAnEmailWithoutDomainIsToldWhichFieldAndKeepsTheInput() throws Exception {
        browser.get(TestAccounts.BASE_URL + "/request/new.xhtml?service=potatura");
        browser.findElement(By.id("requestForm:description")).sendKeys("Potare la siepe lungo il cancello.");
        clickToNavigate(By.id("requestForm:next"));
        pickTorino(By.cssSelector("#requestForm\\:comune_input"));
        WebElement date = browser.findElement(By.id("requestForm:exactDate_input"));
        date.sendKeys(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"))
                .plusDays(6)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        date.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        clickToNavigate(By.id("requestForm:next"));

        // the address is missing: step 2 again, the comune chosen is still there (it was a 500 before)
        WebElement address = browser.findElement(By.id("requestForm:address"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Indirizzo")
                .contains("obbligatorio");
        assertThat(browser.findElement(By.id("requestForm:comune_input")).getAttribute("value"))
                .contains("Torino");
        address.sendKeys("Via Cernaia 3");
        assertThat(browser.findElements(By.cssSelector(".field .ui-message-error")).stream()
                        .filter(WebElement::isDisplayed)
                        .count())
                .as("the message under the fixed field goes away")
                .isZero();
        clickToNavigate(By.id("requestForm:next"));
        assertThat(browser.findElements(By.id("requestForm:address")))
                .as("on to step 3")
                .isEmpty();
        clickToNavigate(By.id("requestForm:next"));
        clickToNavigate(By.id("requestForm:next"));

        // an email without a domain passes the browser but not the boundary: the field says why, in Italian
        browser.findElement(By.id("requestForm:name")).sendKeys("Marco Neri");
        browser.findElement(By.id("requestForm:email")).sendKeys("marco@neri");
        browser.findElement(By.cssSelector("#requestForm\\:privacy .ui-chkbox-box"))
                .click();
        clickToNavigate(By.id("requestForm:send"));
        assertThat(browser.getTitle()).doesNotContain("Errore");
        String refused = browser.findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).stream()
                .map(WebElement::getText)
                .collect(java.util.stream.Collectors.joining(" | "));
        assertThat(refused).startsWith("Email: ").doesNotContain("must be").doesNotContain(" | ");
        assertThat(browser.findElement(By.id("requestForm:email")).getAttribute("value"))
                .isEqualTo("marco@neri");
        Browser.screenshot(browser, "26-request-fields-refused");
    }

    private void takeInReview(String number) {
        Browser.takeInReview(browser, number);
    }

    /** The suggestion of the worker called {@code name} on the request page. */
    private WebElement suggestion(String name) {
        return browser.findElements(By.cssSelector("#suggestions li.match")).stream()
                .filter(li -> li.getText().contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not among the suggestions: "
                        + browser.findElement(By.id("requestForm")).getText()));
    }

    /** The operator adds a worker who prunes in Torino, with an email and no login. */
    private void addPruner(String firstName, String lastName, String email) {
        browser.get(TestAccounts.BASE_URL + "/backoffice/worker.xhtml");
        browser.findElement(By.id("workerForm:firstName")).sendKeys(firstName);
        browser.findElement(By.id("workerForm:lastName")).sendKeys(lastName);
        browser.findElement(By.id("workerForm:email")).sendKeys(email);
        consentToPruneInTorino();
        clickToNavigate(By.id("workerForm:save"));
        assertThat(browser.getCurrentUrl()).contains("/backoffice/worker.xhtml?id=");
    }

    @Test
    void aWorkerDeclinesFromTheEmailedProposalAndTheNextSuggestionGetsTheJob() throws Exception {
        java.util.Random random = new java.util.Random();
        String tag = "" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26))
                + (char) ('a' + random.nextInt(26));
        String annaEmail = TestAccounts.uniqueEmail("anna");
        String brunoEmail = TestAccounts.uniqueEmail("bruno");
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        addPruner("Anna", "Siepi" + tag, annaEmail);
        addPruner("Bruno", "Rami" + tag, brunoEmail);
        browser.manage().deleteAllCookies();
        String number = askForAQuote(TestAccounts.uniqueEmail("cliente-rifiuto"));

        // the operator sees both among the suggestions, with the reasons, and proposes the job to Anna
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        takeInReview(number);
        WebElement anna = suggestion("Anna Siepi" + tag);
        suggestion("Bruno Rami" + tag);
        assertThat(anna.getText()).contains("Livello nel servizio").contains("Libero in");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", anna);
        Browser.screenshot(browser, "40-matching-suggestions");
        anna.findElement(By.cssSelector("[id$=':proposeSuggested']")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignments"), "Proposto"));
        String requestPage = browser.getCurrentUrl();
        browser.manage().deleteAllCookies();

        // Anna opens the emailed proposal: nothing happens until she clicks; she declines with a reason
        String proposal = Mails.link(Mails.text(Mails.awaitOne(SMTP, annaEmail)));
        assertThat(proposal).contains("/proposal.xhtml?token=");
        browser.get(proposal);
        assertThat(browser.findElement(By.id("proposal-title")).getText()).contains("Potatura");
        Browser.screenshot(browser, "41-proposal-email-link");
        browser.findElement(By.id("proposalForm:decline")).click();
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("proposalForm:messages"), "Motivo del rifiuto: serve un motivo"));
        browser.findElement(By.id("proposalForm:reason")).sendKeys("Quel giorno sono fuori città");
        browser.findElement(By.id("proposalForm:decline")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("proposalAnswered")));
        assertThat(browser.findElement(By.id("proposalAnswered")).getText()).contains("rifiutato");
        Browser.screenshot(browser, "42-proposal-declined");

        // back to matching without her: the operator proposes the job to Bruno, who gets the email
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        browser.get(requestPage);
        assertThat(browser.findElement(By.id("assignments")).getText()).contains("Rifiutato");
        assertThat(browser.findElement(By.id("suggestions")).getText()).doesNotContain("Anna Siepi" + tag);
        WebElement bruno = suggestion("Bruno Rami" + tag);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", bruno);
        Browser.screenshot(browser, "43-matching-after-decline");
        bruno.findElement(By.cssSelector("[id$=':proposeSuggested']")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignments"), "Proposto"));
        assertThat(Mails.link(Mails.text(Mails.awaitOne(SMTP, brunoEmail)))).contains("/proposal.xhtml?token=");
    }

    /** The newest email for {@code recipient} whose subject contains {@code subject}. */
    private static jakarta.mail.internet.MimeMessage mailAbout(String recipient, String subject) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (java.time.Instant.now().isBefore(deadline)) {
            jakarta.mail.internet.MimeMessage found = null;
            for (jakarta.mail.internet.MimeMessage m : Mails.receivedBy(SMTP, recipient)) {
                if (m.getSubject().contains(subject)) {
                    found = m;
                }
            }
            if (found != null) {
                return found;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no email about '" + subject + "' for " + recipient);
    }

    /** Types an item in the goods editor of the request form and adds it to the offer. */
    private void offerItem(String category, String condition, String description, String age, String quantity) {
        choose(browser.findElement(By.id("requestForm:goodsCategory")), category);
        choose(browser.findElement(By.id("requestForm:goodsCondition")), condition);
        browser.findElement(By.id("requestForm:goodsDescription")).sendKeys(description);
        browser.findElement(By.id("requestForm:goodsAge_input")).sendKeys(age);
        WebElement pieces = browser.findElement(By.id("requestForm:goodsQuantity_input"));
        pieces.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), quantity);
        browser.findElement(By.id("requestForm:addGoods")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("goodsList"), description));
    }

    @Test
    void aClientPaysPartOfTheJobWithAWardrobeAndTwoBagsOfClothes() throws Exception {
        String lastName = "Permuta" + (char) ('a' + new java.util.Random().nextInt(26))
                + (char) ('a' + new java.util.Random().nextInt(26));
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        addPruner("Rino", lastName, TestAccounts.uniqueEmail("rino"));
        browser.manage().deleteAllCookies();

        // the client asks for pruning and offers a wardrobe (with a photo) and two bags of clothes
        String client = TestAccounts.uniqueEmail("cliente-permuta");
        browser.get(TestAccounts.BASE_URL + "/request/new.xhtml?service=potatura");
        browser.findElement(By.id("requestForm:description")).sendKeys("Potare la siepe e liberare la camera.");
        clickToNavigate(By.id("requestForm:next"));
        pickTorino(By.cssSelector("#requestForm\\:comune_input"));
        browser.findElement(By.id("requestForm:address")).sendKeys("Via Nizza 20");
        WebElement date = browser.findElement(By.id("requestForm:exactDate_input"));
        date.sendKeys(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"))
                .plusDays(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        date.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        clickToNavigate(By.id("requestForm:next"));
        clickToNavigate(By.id("requestForm:next"));
        assertThat(browser.findElement(By.id("step-title")).getText()).isEqualTo("Offri dei beni in cambio");
        // an item without a description is named and not added
        choose(browser.findElement(By.id("requestForm:goodsCategory")), "Mobili");
        browser.findElement(By.id("requestForm:addGoods")).click();
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("requestForm:goodsMessages"), "Descrizione"));
        assertThat(browser.findElement(By.id("requestForm:goodsMessages")).getText())
                .contains("Condizioni");
        browser.findElement(By.cssSelector("#requestForm\\:goodsPhotos input[type=file]"))
                .sendKeys(gardenPhoto().toString());
        waitFor()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#requestForm\\:goodsPhotoList img")));
        offerItem("Mobili", "Buono", "Armadio a due ante in legno", "5", "1");
        offerItem("Abbigliamento", "Ottimo", "Sacco di vestiti invernali", "1", "2");
        assertThat(browser.findElements(By.cssSelector("#goodsList img.goods-thumb")))
                .hasSize(1);
        browser.findElement(By.cssSelector("#requestForm\\:goodsPickUp .ui-chkbox-box"))
                .click();
        Browser.screenshot(browser, "50-goods-offered");
        Browser.assertAccessible(browser, "goods step of the request form");
        clickToNavigate(By.id("requestForm:next"));
        assertThat(browser.findElement(By.id("goodsSummary")).getText()).contains("2");
        browser.findElement(By.id("requestForm:name")).sendKeys("Anna Permuta");
        browser.findElement(By.id("requestForm:email")).sendKeys(client);
        browser.findElement(By.cssSelector("#requestForm\\:privacy .ui-chkbox-box"))
                .click();
        clickToNavigate(By.id("requestForm:send"));
        String number = browser.findElement(By.id("requestNumber")).getText().replaceAll(".* (\\d{4}-\\d{6}).*", "$1");

        // the tracking page shows the goods being valued
        browser.get(Mails.link(Mails.text(Mails.awaitOne(SMTP, client))));
        assertThat(browser.findElement(By.id("trackGoods")).getText())
                .contains("Armadio a due ante in legno")
                .contains("In valutazione");
        Browser.screenshot(browser, "51-goods-tracking");

        // the operator sees the suggestion explained and values: 70 € (to check on site) and 20 €
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        takeInReview(number);
        String requestPage = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("suggestion-0-0")).getText())
                .contains("150,00")
                .contains("Buono")
                .contains("72,00");
        WebElement wardrobe = browser.findElement(By.cssSelector("[id$=':0:itemValue_input']"));
        wardrobe.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "70");
        browser.findElement(By.cssSelector("[id$=':0:itemInspection'] .ui-chkbox-box"))
                .click();
        WebElement clothes = browser.findElement(By.cssSelector("[id$=':1:itemValue_input']"));
        clothes.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "20");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("goodsSection")));
        Browser.screenshot(browser, "52-goods-valuation");
        browser.findElement(By.cssSelector("[id$=':valueOffer']")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("goodsSection"), "Valutata da"));
        browser.manage().deleteAllCookies();

        // the client reads the valuation by email and accepts it: 90 € of credit
        jakarta.mail.internet.MimeMessage valuation = mailAbout(client, "valutazione");
        assertThat(Mails.text(valuation)).contains("70,00").contains("20,00").contains("90,00");
        browser.get(Mails.link(Mails.text(valuation)));
        assertThat(browser.findElement(By.id("trackGoods")).getText())
                .contains("90,00")
                .contains("da confermare");
        Browser.screenshot(browser, "53-goods-valued-client");
        Browser.assertAccessible(browser, "tracking page with valued goods");
        clickToNavigate(By.cssSelector("[id$=':acceptGoods']"));
        assertThat(browser.findElement(By.id("goodsCredit")).getText()).contains("90,00");

        // the operator proposes the job to Rino, who accepts by phone, and sends the quote: 4 × 50 € + 22 %
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        browser.get(requestPage);
        assertThat(browser.findElement(By.id("clientCredit")).getText()).contains("90,00");
        Browser.assertAccessible(browser, "request page with valued goods");
        suggestion("Rino " + lastName)
                .findElement(By.cssSelector("[id$=':proposeSuggested']"))
                .click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignments"), "Proposto"));
        browser.findElement(By.cssSelector("[id$=':acceptedByPhone']")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("requestState"), "Assegnata"));
        browser.findElement(By.cssSelector("[id$=':lineDescription']")).sendKeys("Potatura della siepe");
        WebElement hours = browser.findElement(By.cssSelector("[id$=':lineQuantity_input']"));
        hours.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "4");
        browser.findElement(By.cssSelector("[id$=':linePrice_input']")).sendKeys("50");
        browser.findElement(By.id("requestForm:saveQuote")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("quoteTotal")));
        browser.findElement(By.id("requestForm:sendQuote")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("requestState"), "Preventivo inviato"));
        browser.manage().deleteAllCookies();

        // the quote: 244 € with IVA, then the goods' 90 € as their own line: 154 € to pay
        jakarta.mail.internet.MimeMessage quote = mailAbout(client, "il preventivo per");
        assertThat(Mails.text(quote)).contains("244,00").contains("90,00").contains("154,00");
        browser.get(Mails.link(Mails.text(quote)));
        assertThat(browser.findElement(By.id("quoteTotal")).getText()).contains("244,00");
        assertThat(browser.findElement(By.id("quoteGoodsCredit")).getText()).contains("90,00");
        assertThat(browser.findElement(By.id("quoteAmountDue")).getText()).contains("154,00");
        assertThat(browser.findElement(By.id("quoteView")).getText()).contains("Valore beni in permuta");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("quoteView")));
        Browser.screenshot(browser, "54-quote-with-goods");
        clickToNavigate(By.id("quoteForm:acceptQuote"));
        assertThat(browser.findElement(By.id("trackState")).getText()).isEqualTo("Preventivo accettato");
        assertThat(browser.findElement(By.id("goodsCredit")).getText()).contains("90,00");
        Browser.screenshot(browser, "55-goods-credit-used");
    }

    @Test
    void theWholeJourneyFromTheClientsPhotosToTheCompletedJob() throws Exception {
        String lastName = "Potatore" + (char) ('a' + new java.util.Random().nextInt(26))
                + (char) ('a' + new java.util.Random().nextInt(26));
        String workerEmail = TestAccounts.uniqueEmail("potatore");

        // the operator adds a worker who prunes in Torino and invites him to the worker area
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        browser.get(TestAccounts.BASE_URL + "/backoffice/worker.xhtml");
        browser.findElement(By.id("workerForm:firstName")).sendKeys("Piero");
        browser.findElement(By.id("workerForm:lastName")).sendKeys(lastName);
        browser.findElement(By.id("workerForm:email")).sendKeys(workerEmail);
        consentToPruneInTorino();
        clickToNavigate(By.id("workerForm:save"));
        assertThat(browser.getCurrentUrl()).contains("/backoffice/worker.xhtml?id=");
        String pieroId = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        clickToNavigate(By.id("loginForm:invite"));
        assertThat(browser.findElement(By.id("loginState")).getText()).contains(workerEmail);
        Browser.screenshot(browser, "32-worker-login-invited");

        // the worker chooses a password from the emailed link
        String invitation = Mails.link(Mails.text(Mails.awaitOne(SMTP, workerEmail)));
        browser.manage().deleteAllCookies();
        browser.get(invitation);
        browser.findElement(By.id("passwordForm:password")).sendKeys("piero-password-2026");
        browser.findElement(By.id("passwordForm:confirmation")).sendKeys("piero-password-2026");
        browser.findElement(By.id("passwordForm:save")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("passwordSaved")));

        // a client asks for pruning in Torino today, with a photo of the hedge
        String clientEmail = TestAccounts.uniqueEmail("cliente-potatura");
        String number = askForAQuote(clientEmail, 0, true);

        // the operator takes it in review and proposes it to Piero
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        takeInReview(number);
        // matching suggests him, with the reasons
        WebElement piero = suggestion("Piero " + lastName);
        assertThat(piero.getText()).contains("Livello nel servizio").contains("Punteggio");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", piero);
        Browser.screenshot(browser, "33-request-suggestions");
        piero.findElement(By.cssSelector("[id$=':proposeSuggested']")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignments"), "Proposto"));
        assertThat(browser.findElement(By.id("requestState")).getText()).isEqualTo("In esame");
        Browser.screenshot(browser, "33b-request-proposed");
        String requestPage = browser.getCurrentUrl();
        browser.manage().deleteAllCookies();

        // Piero accepts it in the worker area
        Browser.logIn(browser, workerEmail, "piero-password-2026");
        assertThat(browser.getCurrentUrl()).endsWith("/worker/");
        assertThat(browser.findElement(By.id("jobsForm")).getText())
                .contains(number)
                .contains("Potatura")
                .contains("Rispondi entro il");
        Browser.screenshot(browser, "34-worker-proposal");
        browser.findElement(By.cssSelector("[id$=':accept']")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobsForm"), "Accettato"));
        Browser.screenshot(browser, "35-worker-accepted");
        browser.manage().deleteAllCookies();

        // the request is now assigned to him
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        browser.get(requestPage);
        assertThat(browser.findElement(By.id("requestState")).getText()).isEqualTo("Assegnata");
        assertThat(browser.findElement(By.id("assignments")).getText())
                .contains("Piero " + lastName)
                .contains("Accettato");
        Browser.screenshot(browser, "36-request-assigned");

        // the operator writes the quote: 3 hours at 33.33 € and 22 % IVA, then sends it
        browser.findElement(By.cssSelector("[id$=':lineDescription']")).sendKeys("Potatura di due alberi da frutto");
        WebElement quantity = browser.findElement(By.cssSelector("[id$=':lineQuantity_input']"));
        quantity.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "3");
        browser.findElement(By.cssSelector("[id$=':linePrice_input']")).sendKeys("33,33");
        browser.findElement(By.id("requestForm:saveQuote")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("quoteTotal")));
        assertThat(browser.findElement(By.id("quoteTotal")).getText()).contains("121,99");
        Browser.screenshot(browser, "37-quote-draft");
        browser.findElement(By.id("requestForm:sendQuote")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("requestState"), "Preventivo inviato"));
        browser.manage().deleteAllCookies();

        // the client reads it from the emailed link and accepts it
        jakarta.mail.internet.MimeMessage quoteMail = null;
        for (jakarta.mail.internet.MimeMessage m : Mails.awaitFor(SMTP, clientEmail, 2, Duration.ofSeconds(20))) {
            if (m.getSubject().contains("preventivo")) {
                quoteMail = m;
            }
        }
        assertThat(quoteMail).isNotNull();
        assertThat(Mails.text(quoteMail)).contains("121,99");
        browser.get(Mails.link(Mails.text(quoteMail)));
        assertThat(browser.findElement(By.id("quoteTotal")).getText()).contains("121,99");
        Browser.screenshot(browser, "38-quote-client");
        clickToNavigate(By.id("quoteForm:acceptQuote"));
        assertThat(browser.findElement(By.id("trackState")).getText()).isEqualTo("Preventivo accettato");
        assertThat(browser.findElement(By.id("quoteState")).getText()).isEqualTo("Accettato");
        assertThat(browser.findElements(By.cssSelector("#trackPhotos img"))).hasSize(1);
        Browser.screenshot(browser, "39-quote-accepted");
        // the link of the quote's email keeps working after the later emails
        String trackingPage = Mails.link(Mails.text(quoteMail));
        browser.manage().deleteAllCookies();

        // the operator fixes the date: today at 7:00 for two hours
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        browser.get(requestPage);
        assertThat(browser.findElements(By.cssSelector("#requestPhotos img"))).hasSize(1);
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        browser.findElement(By.id("requestForm:scheduledDate_input")),
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"))
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        choose(browser.findElement(By.id("requestForm:scheduledStart")), "07:00");
        Browser.screenshot(browser, "40-schedule");
        browser.findElement(By.id("requestForm:scheduleJob")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("requestState"), "Data fissata"));
        assertThat(browser.findElement(By.id("jobWhen")).getText())
                .contains("07:00")
                .contains("09:00");
        Browser.screenshot(browser, "41-scheduled");
        browser.get(TestAccounts.BASE_URL + "/backoffice/calendar.xhtml");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-event.job-SCHEDULED")));
        Browser.screenshot(browser, "42-calendar");
        browser.manage().deleteAllCookies();

        // both were told by email
        assertThat(Mails.awaitFor(SMTP, workerEmail, 2, Duration.ofSeconds(20))).hasSizeGreaterThanOrEqualTo(2);
        jakarta.mail.internet.MimeMessage scheduledMail = null;
        for (jakarta.mail.internet.MimeMessage m : Mails.awaitFor(SMTP, clientEmail, 3, Duration.ofSeconds(20))) {
            if (m.getSubject().contains("lavoro fissato")) {
                scheduledMail = m;
            }
        }
        assertThat(scheduledMail).isNotNull();
        assertThat(Mails.text(scheduledMail)).contains("Piero " + lastName).contains("07:00");

        // Piero marks it done with the hours worked
        Browser.logIn(browser, workerEmail, "piero-password-2026");
        assertThat(browser.findElement(By.id("jobsForm")).getText()).contains("07:00");
        browser.findElement(By.cssSelector("[id$=':hours_input']")).sendKeys("2,5");
        browser.findElement(By.cssSelector("[id$=':completionNote']"))
                .sendKeys("Due alberi potati, rami portati in discarica.");
        Browser.screenshot(browser, "43-worker-complete");
        browser.findElement(By.cssSelector("[id$=':complete']")).click();
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("historyForm:historyTable"), "Lavoro concluso"));
        Browser.screenshot(browser, "44-worker-history");
        browser.manage().deleteAllCookies();

        // the client sees it done, with the PDF of the quote
        browser.get(trackingPage);
        assertThat(browser.findElement(By.id("trackState")).getText()).isEqualTo("Lavoro concluso");
        assertThat(browser.findElement(By.id("jobHours")).getText()).isEqualTo("2,5");
        assertThat(browser.findElement(By.id("quotePdf")).getAttribute("href")).contains("/request/quote.pdf?token=");
        Browser.screenshot(browser, "45-client-completed");

        // the client reviews the job from the emailed invitation: stars are required
        String reviewLink = Mails.link(Mails.text(mailAbout(clientEmail, "andato il lavoro")));
        browser.get(reviewLink);
        assertThat(browser.findElement(By.id("review-title")).getText()).contains("Potatura");
        Browser.assertAccessible(browser, "review form");
        clickToNavigate(By.id("reviewForm:send"));
        assertThat(browser.findElement(By.id("reviewForm")).getText()).contains("scegli da 1 a 5 stelle");
        browser.findElements(By.cssSelector("#reviewForm\\:stars .ui-rating-star"))
                .get(3)
                .click();
        browser.findElements(By.cssSelector("#reviewForm\\:punctuality .ui-rating-star"))
                .get(4)
                .click();
        String payload = "Bravissimo <script>alert('xss')</script> \"><b onmouseover=alert(1)>grassetto</b>";
        browser.findElement(By.id("reviewForm:comment")).sendKeys(payload);
        Browser.screenshot(browser, "46-review-form");
        clickToNavigate(By.id("reviewForm:send"));
        assertThat(browser.findElement(By.id("reviewSent")).getText()).contains("pubblicata");
        browser.get(reviewLink);
        assertThat(browser.findElement(By.id("reviewRefused")).getText()).contains("già");
        Browser.screenshot(browser, "47-review-link-used");

        // Piero replies once, from his area
        Browser.logIn(browser, workerEmail, "piero-password-2026");
        assertThat(browser.findElement(By.id("myReviews")).getText()).contains("Bravissimo");
        String reply = "Grazie! <img src=x onerror=alert(2)>";
        browser.findElement(By.cssSelector("#myReviews textarea[id$=':reply']")).sendKeys(reply);
        browser.findElement(By.cssSelector("[id$=':sendReply']")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("myReviews"), "Risposta:"));
        assertThat(browser.findElements(By.cssSelector("[id$=':sendReply']"))).isEmpty();
        assertThat(browser.findElement(By.id("myReviews")).getText())
                .contains(payload)
                .contains(reply);
        assertThat(browser.findElements(By.cssSelector("#myReviews script, #myReviews img, #myReviews b[onmouseover]")))
                .isEmpty();
        Browser.screenshot(browser, "48-worker-reply");
        browser.manage().deleteAllCookies();

        // his public page: the verified review and the reply, both as plain text
        browser.get(TestAccounts.BASE_URL + "/profile.xhtml?id=" + pieroId);
        String reviewsShown = browser.findElement(By.id("reviews")).getText();
        assertThat(reviewsShown)
                .contains("Recensione verificata")
                .contains(payload)
                .contains(reply)
                .contains("su 1 recensione");
        assertThat(browser.findElements(By.cssSelector("#reviews script, #reviews img, #reviews b[onmouseover]")))
                .isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("reviews")));
        Browser.screenshot(browser, "49-profile-reviews");
        Browser.assertAccessible(browser, "profile with reviews");

        // the moderation page and the request page show them as text too
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        browser.get(TestAccounts.BASE_URL + "/backoffice/reviews.xhtml");
        assertThat(browser.findElement(By.id("moderation")).getText())
                .contains(payload)
                .contains(reply);
        assertThat(browser.findElements(
                        By.cssSelector("#moderation script, #moderation img, #moderation b[onmouseover]")))
                .isEmpty();
        Browser.screenshot(browser, "49b-reviews-moderation");
        browser.get(requestPage);
        assertThat(browser.findElement(By.id("requestReview")).getText()).contains(payload);
        assertThat(browser.findElements(By.cssSelector("#requestReview script, #requestReview b[onmouseover]")))
                .isEmpty();
    }

    @Test
    void anOperatorEntersARequestForAClientWhoPhoned() throws Exception {
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        browser.get(TestAccounts.BASE_URL + "/backoffice/requests.xhtml");
        clickToNavigate(By.id("requestsForm:new"));
        browser.findElement(By.id("deskForm:name")).sendKeys("Anna Gialli");
        browser.findElement(By.id("deskForm:phone")).sendKeys("011 444 5566");
        choose(browser.findElement(By.id("deskForm:service")), "Spesa e commissioni");
        browser.findElement(By.id("deskForm:description"))
                .sendKeys("Spesa settimanale al mercato di Porta Palazzo, il giovedì.");
        pickTorino(By.cssSelector("#deskForm\\:comune_input"));
        browser.findElement(By.id("deskForm:address")).sendKeys("Via Milano 3");
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
        // the two calendar overlays get in each other's way when typed into one after the other: the
        // values are written into the inputs the form submits
        WebElement from = browser.findElement(By.id("deskForm:earliest_input"));
        WebElement to = browser.findElement(By.id("deskForm:latest_input"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[2]; arguments[1].value = arguments[3];",
                        from,
                        to,
                        today.plusDays(1).format(format),
                        today.plusDays(14).format(format));
        assertThat(to.getAttribute("value")).isEqualTo(today.plusDays(14).format(format));
        // the client offers a box of books: typed in the goods editor, saved with the request
        choose(browser.findElement(By.id("deskForm:goodsCategory")), "Libri");
        choose(browser.findElement(By.id("deskForm:goodsCondition")), "Buono");
        browser.findElement(By.id("deskForm:goodsDescription")).sendKeys("Scatola di libri per ragazzi");
        browser.findElement(By.id("deskForm:goodsAge_input")).sendKeys("3");
        browser.findElement(By.cssSelector("#deskForm\\:privacy .ui-chkbox-box"))
                .click();
        Browser.screenshot(browser, "40-desk-request");
        clickToNavigate(By.id("deskForm:save"));

        assertThat(browser.getCurrentUrl()).contains("/backoffice/request.xhtml?id=");
        assertThat(browser.findElement(By.id("requestState")).getText()).isEqualTo("Ricevuta");
        assertThat(browser.findElement(By.id("requestForm")).getText())
                .contains("Telefono")
                .contains("Anna Gialli")
                .contains("011 444 5566");
        assertThat(browser.findElement(By.id("goodsSection")).getText())
                .contains("Scatola di libri per ragazzi")
                .contains("Libri");
        Browser.screenshot(browser, "41-desk-request-saved");
    }
}
