package it.wecare.factotum.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** axe-core finds no WCAG 2.1 A/AA violation on the public, login, back-office and worker pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

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

    private void assertAccessible(String page) {
        Browser.assertAccessible(browser, page);
    }

    @Test
    void publicPagesHaveNoWcagViolations() throws Exception {
        browser.get(TestAccounts.BASE_URL + "/");
        assertAccessible("home");
        browser.get(TestAccounts.BASE_URL + "/login.xhtml");
        assertAccessible("login");
        browser.get(TestAccounts.BASE_URL + "/no-such-page.xhtml");
        assertAccessible("not found");
        browser.get(TestAccounts.BASE_URL + "/category.xhtml?code=tinteggiature");
        assertAccessible("category");
        Browser.screenshot(browser, "15-category");
        browser.get(TestAccounts.BASE_URL + "/request/new.xhtml?service=potatura");
        assertAccessible("request form");
        browser.get(TestAccounts.BASE_URL + "/request/sent.xhtml?number=2026-000001");
        assertAccessible("request sent");
        browser.get(TestAccounts.BASE_URL + "/request/track.xhtml?token=forged");
        assertAccessible("tracking link refused");
        browser.get(TestAccounts.BASE_URL + "/request/link.xhtml");
        assertAccessible("new tracking link");
        browser.get(TestAccounts.BASE_URL + "/search.xhtml?q=tinteggiatura");
        assertAccessible("search results");
        browser.get(TestAccounts.BASE_URL + "/search.xhtml?q=sanificazione%20piscine&kind=ARTISAN");
        assertAccessible("no results");
        browser.get(TestAccounts.BASE_URL + "/how-workers-are-chosen.xhtml");
        assertAccessible("how workers are chosen");
        assertThat(browser.findElement(By.id("howParts")).getText()).contains("fino a 30 punti");
        Browser.screenshot(browser, "16-how-workers-are-chosen");
        browser.get(TestAccounts.BASE_URL + "/reviews-policy.xhtml");
        assertAccessible("how reviews are verified");
        Browser.screenshot(browser, "17-reviews-policy");
        browser.get(TestAccounts.BASE_URL + "/review.xhtml?token=forged");
        assertAccessible("review link refused");
        browser.get(TestAccounts.BASE_URL + "/account/forgotten.xhtml");
        assertAccessible("forgotten password");
        browser.get(
                TestAccounts.BASE_URL + "/account/password.xhtml?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertAccessible("refused link");
    }

    @Test
    void backOfficeAndWorkerPagesHaveNoWcagViolations() throws Exception {
        Browser.logIn(browser, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        assertAccessible("dashboard");
        browser.get(TestAccounts.BASE_URL + "/backoffice/audit.xhtml");
        assertAccessible("audit log");
        browser.get(TestAccounts.BASE_URL + "/backoffice/admin/settings.xhtml");
        assertAccessible("settings");
        browser.get(TestAccounts.BASE_URL + "/backoffice/admin/accounts.xhtml");
        assertAccessible("accounts");
        browser.get(TestAccounts.BASE_URL + "/backoffice/outbox.xhtml");
        assertAccessible("outbox");
        browser.get(TestAccounts.BASE_URL + "/backoffice/admin/catalog.xhtml");
        assertAccessible("catalog");
        Browser.screenshot(browser, "14-catalog-admin");
        browser.get(TestAccounts.BASE_URL + "/backoffice/organisations.xhtml");
        assertAccessible("organisations");
        browser.get(TestAccounts.BASE_URL + "/backoffice/teams.xhtml");
        assertAccessible("teams");
        browser.get(TestAccounts.BASE_URL + "/backoffice/workers.xhtml");
        assertAccessible("workers");
        browser.get(TestAccounts.BASE_URL + "/backoffice/worker.xhtml");
        assertAccessible("worker form");
        browser.get(TestAccounts.BASE_URL + "/backoffice/admin/goods.xhtml");
        assertAccessible("goods price list");
        Browser.screenshot(browser, "44-goods-price-list");
        browser.get(TestAccounts.BASE_URL + "/backoffice/admin/comuni.xhtml");
        assertAccessible("comuni");
        browser.get(TestAccounts.BASE_URL + "/backoffice/requests.xhtml");
        assertAccessible("requests queue");
        browser.get(TestAccounts.BASE_URL + "/backoffice/request-new.xhtml");
        assertAccessible("request by phone");
        browser.get(TestAccounts.BASE_URL + "/backoffice/synonyms.xhtml");
        assertAccessible("synonyms");
        browser.get(TestAccounts.BASE_URL + "/backoffice/calendar.xhtml");
        assertAccessible("calendar");
        browser.get(TestAccounts.BASE_URL + "/backoffice/reviews.xhtml");
        assertAccessible("reviews moderation");
        browser.get(TestAccounts.BASE_URL + "/backoffice/traineeships.xhtml");
        assertAccessible("traineeships");
        browser.get(TestAccounts.BASE_URL + "/backoffice/traineeship.xhtml");
        assertAccessible("new traineeship");
        browser.get(TestAccounts.BASE_URL + "/backoffice/training-calendar.xhtml");
        assertAccessible("traineeship calendar");
        browser.get(TestAccounts.BASE_URL + "/backoffice/impact.xhtml");
        assertThat(browser.findElements(By.cssSelector("#family-social #ind-traineeshipsStarted")))
                .as("an administrator reads the social figures")
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector("canvas")))
                .as("the breakdowns' charts")
                .isNotEmpty();
        assertAccessible("impact dashboard");
        Browser.screenshot(browser, "70-impact-dashboard");
        browser.findElement(By.id("impactForm:lastYear")).click();
        Browser.waitForAjax(browser);
        assertThat(browser.findElement(By.id("periodSummary")).getText())
                .contains("01/01/" + (java.time.LocalDate.now().getYear() - 1));
        browser.get(TestAccounts.BASE_URL + "/backoffice/impact-method.xhtml");
        assertThat(browser.findElement(By.id("def-gini")).getText()).contains("Gini");
        assertThat(browser.findElement(By.id("factors")).getText()).contains("WRAP", "1,45");
        assertAccessible("impact methodology");
        Browser.screenshot(browser, "71-impact-method");
        Browser.screenshot(browser, "50-new-traineeship");
        Browser.screenshot(browser, "45-reviews-moderation");
        Browser.screenshot(browser, "23-synonyms");
        Browser.screenshot(browser, "16-comuni-admin");

        browser.manage().deleteAllCookies();
        String worker = TestAccounts.create("a11y-worker", "WORKER", "worker-password-2026");
        Browser.logIn(browser, worker, "worker-password-2026");
        assertAccessible("worker area");
        Browser.screenshot(browser, "09-worker-area");
    }
}
