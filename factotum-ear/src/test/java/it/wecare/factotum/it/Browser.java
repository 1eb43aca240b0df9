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
