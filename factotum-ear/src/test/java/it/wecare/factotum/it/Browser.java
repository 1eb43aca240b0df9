package it.wecare.factotum.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium for the browser tests; screenshots go to target/screenshots. */
final class Browser {

    private static final java.util.List<String> WCAG_AA = java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** axe-core finds no WCAG 2.1 A/AA violation on the page the browser shows. */
    static void assertAccessible(ChromeDriver browser, String page) {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(WCAG_AA)
                .analyze(browser);
        org.assertj.core.api.Assertions.assertThat(results.isErrored())
                .as(page + ": axe could not run")
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(results.getPasses())
                .as(page + ": axe checked nothing")
                .isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(results.getViolations())
                .as(page + ": " + describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(java.util.List<com.deque.html.axecore.results.Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " → "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(java.util.stream.Collectors.joining(", ")))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Clicks something that loads a new page and waits until the new page replaced the old one. */
    static void clickToNavigate(ChromeDriver browser, By target) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        waitFor(browser).until(gone(oldPage));
        waitFor(browser)
                .until(d -> "complete"
                        .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState")));
    }

    /**
     * Picks {@code label} in a PrimeFaces select menu as a keyboard user does: open it, type in its filter,
     * press Enter; checks the menu then shows the label.
     */
    static void choose(ChromeDriver browser, WebElement menu, String label) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
        WebElement shown = menu.findElement(By.cssSelector(".ui-selectonemenu-label"));
        for (int attempt = 0; attempt < 3; attempt++) {
            menu.click();
            String panelId = menu.getAttribute("id") + "_panel";
            WebElement filter = waitFor(browser)
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("[id='" + panelId + "'] input.ui-selectonemenu-filter")));
            filter.clear();
            filter.sendKeys(label);
            waitFor(browser)
                    .until(d -> d
                                    .findElements(By.cssSelector(
                                            "[id='" + panelId + "'] li.ui-selectonemenu-item:not(.ui-helper-hidden)"))
                                    .stream()
                                    .filter(WebElement::isDisplayed)
                                    .count()
                            == 1);
            filter.sendKeys(org.openqa.selenium.Keys.ENTER);
            try {
                new WebDriverWait(browser, Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBePresentInElement(shown, label));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // the panel was still opening: try again
            }
        }
        throw new AssertionError("Could not choose " + label);
    }

    /** Picks {@code label} in a PrimeFaces select menu without a filter: open it, click the item. */
    static void pick(ChromeDriver browser, WebElement menu, String label) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
        WebElement shown = menu.findElement(By.cssSelector(".ui-selectonemenu-label"));
        String panelId = menu.getAttribute("id") + "_panel";
        for (int attempt = 0; attempt < 3; attempt++) {
            menu.click();
            try {
                waitFor(browser)
                        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                                "[id='" + panelId + "'] li.ui-selectonemenu-item[data-label=\"" + label + "\"]")))
                        .click();
                new WebDriverWait(browser, Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBePresentInElement(shown, label));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // the panel was still opening: try again
            }
        }
        throw new AssertionError("Could not pick " + label);
    }

    /**
     * Whether an element's page was replaced. Chromium sometimes answers a question about a node of a page
     * being replaced with an inspector error instead of a stale-element error: both mean the page is gone.
     */
    static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                return true;
            }
        };
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    static void waitForAjax(ChromeDriver browser) {
        waitFor(browser)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                                + " && (!window.jQuery || jQuery.active === 0);")));
    }

    static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /** Writes {@code day} into a PrimeFaces date picker's input, as a person typing it would. */
    static void setDate(ChromeDriver browser, String inputId, java.time.LocalDate day) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        browser.findElement(By.id(inputId)),
                        day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    /** The operator finds the request in the queue, opens it and takes it in review. */
    static void takeInReview(ChromeDriver browser, String number) {
        browser.get(TestAccounts.BASE_URL + "/backoffice/requests.xhtml");
        browser.findElement(By.id("requestsForm:text")).sendKeys(number);
        WebElement queue = browser.findElement(By.id("requestsForm:requests"));
        browser.findElement(By.id("requestsForm:search")).click();
        waitFor(browser).until(gone(queue));
        waitForAjax(browser);
        waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.linkText(number)));
        clickToNavigate(browser, By.linkText(number));
        browser.findElement(By.id("requestForm:takeInReview")).click();
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("requestState"), "In esame"));
    }

    private Browser() {}

    static ChromeDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--lang=it-IT",
                "--user-data-dir=" + Files.createTempDirectory("factotum-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return driver;
    }

    /** Logs in through the login page and waits until the browser has left it. */
    static void logIn(ChromeDriver driver, String email, String password) {
        driver.get(TestAccounts.BASE_URL + "/login.xhtml");
        driver.findElement(By.id("loginForm:email")).sendKeys(email);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
    }

    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("factotum.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
