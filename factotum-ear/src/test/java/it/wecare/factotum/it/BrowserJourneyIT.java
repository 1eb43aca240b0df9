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

        browser.findElement(By.id("languageForm:toEnglish")).click();
        waitFor().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser.findElement(By.id("hero-title")).getText()).contains("Small jobs");
        Browser.screenshot(browser, "02-home-en");

        browser.findElement(By.linkText("Log in")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("login-title")));
        assertThat(browser.findElement(By.id("login-title")).getText()).isEqualTo("Staff and worker login");
        browser.findElement(By.id("loginForm:email")).sendKeys(TestAccounts.ADMIN_EMAIL);
        browser.findElement(By.id("loginForm:password")).sendKeys("wrong-password");
        browser.findElement(By.id("loginForm:submit")).click();
        assertThat(browser.findElement(By.id("loginForm:loginMessages")).getText())
                .contains("Wrong email or password");
        Browser.screenshot(browser, "03-login-refused-en");

        browser.findElement(By.id("loginForm:email")).clear();
        browser.findElement(By.id("loginForm:email")).sendKeys(TestAccounts.ADMIN_EMAIL);
        browser.findElement(By.id("loginForm:password")).sendKeys(TestAccounts.ADMIN_PASSWORD);
        browser.findElement(By.id("loginForm:submit")).click();

        waitFor().until(ExpectedConditions.urlContains("/backoffice/"));
        assertThat(browser.getCurrentUrl()).endsWith("/backoffice/");
        assertThat(browser.findElement(By.className("page-title")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElement(By.id("countAdmins")).getText()).isNotEqualTo("0");
        Browser.screenshot(browser, "04-dashboard-en");

        browser.findElement(By.linkText("Activity log")).click();
        waitFor().until(ExpectedConditions.urlContains("audit"));
        assertThat(browser.findElement(By.id("auditForm:entries")).getText()).contains("LOGIN");
        Browser.screenshot(browser, "05-audit-en");

        browser.findElement(By.linkText("Settings")).click();
        waitFor().until(ExpectedConditions.urlContains("settings"));
        assertThat(browser.findElement(By.id("settingsForm:settings")).getText())
                .contains("Cooperative name");
        Browser.screenshot(browser, "06-settings-en");
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
}
