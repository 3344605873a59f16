package dev.claimline.api.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium, headless, driven by its chromedriver: a fresh profile under {@code target/}, no network of its own
 * (no background updates, sync or first-run calls), and screenshots of whole pages for review.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path SCREENSHOTS = TARGET.resolve("screenshots");

    static final Dimension LAPTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    /**
     * Run in every document before its own scripts: collects the page's Content-Security-Policy violations in {@code
     * window.claimlineViolations} and replaces {@code alert} with a recorder ({@code window.claimlineAlerts}), so that a
     * payload that runs is seen instead of blocking the browser with a dialog.
     */
    private static final String WATCH = "window.claimlineViolations = []; window.claimlineAlerts = [];"
            + " document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.claimlineViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || '')"
            + " + ' ' + (e.sample || '')); }, true);"
            + " window.alert = function (message) { window.claimlineAlerts.push(String(message)); };";

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Whether Debian's chromium and chromium-driver are installed. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static Browser start() {
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(TARGET), "chromium-profile-");
            Path xdg = Files.createDirectories(TARGET.resolve("chromium-xdg"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withEnvironment(Map.of(
                            "XDG_CONFIG_HOME", xdg.resolve("config").toString(),
                            "XDG_CACHE_HOME", xdg.resolve("cache").toString()))
                    .build();
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--disable-dev-shm-usage",
                            "--hide-scrollbars",
                            "--user-data-dir=" + profile,
                            "--window-size=" + LAPTOP.width + "," + LAPTOP.height);
            // The console, CSP violations included, for tests to read (driver.manage().logs()).
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriver driver = new ChromeDriver(service, options);
            // Before any page script runs: record Content-Security-Policy violations and alert() calls in the page.
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The Content-Security-Policy violations of the current page so far. */
    @SuppressWarnings("unchecked")
    public List<String> violations() {
        return (List<String>) driver.executeScript("return window.claimlineViolations || []");
    }

    /** The messages of the {@code alert} calls of the current page so far. */
    @SuppressWarnings("unchecked")
    public List<String> alerts() {
        return (List<String>) driver.executeScript("return window.claimlineAlerts || []");
    }

    /** The console messages since the last call, of every page and level. */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Saves the whole page, as tall as it is, at the current width, to {@code target/screenshots/<name>.png}. */
    @SuppressWarnings("unchecked")
    Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = Math.min(8000, ((Number) content.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Path file = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
