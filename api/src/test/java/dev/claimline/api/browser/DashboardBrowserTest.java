package dev.claimline.api.browser;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.denial;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.api.samples.SampleArticles;
import dev.claimline.persistence.live.LiveClaims;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's headless Chromium. An analyst pastes an article into the form and finds its
 * claim on the pair's page; a pair page left open shows a claim posted through the API without being reloaded; and
 * every page is saved as a screenshot under {@code target/screenshots/} for a person to look at. Skipped where
 * Chromium is not installed.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class DashboardBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static final String FORM_TITLE = "Athens says Turkish drones mapped Greek islands";
    private static final String FORM_BODY = "Greece's defence ministry said on Tuesday that Turkish drones had mapped"
            + " military sites on Greek islands in the eastern Aegean.\n\nAnkara did not comment.";
    private static final String FORM_EVIDENCE = "Turkish drones had mapped military sites on Greek islands";

    private static final String LIVE_TITLE = "Turkey says Greek frigate harassed its survey ship";
    private static final String LIVE_BODY = "Turkey's foreign ministry said on Thursday that a Greek frigate had"
            + " harassed the survey ship Oruc Reis south of Kastellorizo. Athens rejected the account as fiction.";
    private static final String LIVE_ALLEGATION = "a Greek frigate had harassed the survey ship Oruc Reis";
    private static final String LIVE_DENIAL = "rejected the account as fiction";

    private static final String SCRIPT_PAYLOAD = "<script>alert(1)</script>";
    private static final String IMAGE_PAYLOAD = "\"><img src=x onerror=alert(1)>";
    private static final String HOSTILE_TITLE = "Athens says " + IMAGE_PAYLOAD + " jets " + SCRIPT_PAYLOAD + " flew";
    private static final String HOSTILE_BODY = "Greece's foreign ministry said on Monday that Turkish jets "
            + SCRIPT_PAYLOAD + " crossed into Greek airspace near Rhodes.\n\nAnkara did not comment.";
    private static final String HOSTILE_EVIDENCE = "Turkish jets " + SCRIPT_PAYLOAD + " crossed into Greek airspace";

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    SampleArticles samples;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    LiveClaims live;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeTrue(
                Browser.installed(),
                "Browser tests skipped: Chromium is not installed. Install Debian's chromium and chromium-driver"
                        + " (/usr/bin/chromium, /usr/bin/chromedriver) to run them.");
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void samplesAndScriptedArticles() {
        TestDatabase.clear(entityManager);
        assertThat(samples.loadIfEmpty()).isPositive();
        claimSource.script(
                FORM_TITLE,
                List.of(allegation(FORM_BODY, FORM_EVIDENCE, "GR", "Greece's defence ministry", "2025-03-11", "TR")));
        claimSource.script(
                LIVE_TITLE,
                List.of(
                        allegation(LIVE_BODY, LIVE_ALLEGATION, "TR", "Turkey's foreign ministry", "2025-03-13", "GR"),
                        denial(LIVE_BODY, LIVE_DENIAL, "GR", "Athens", "2025-03-13", "TR", "GR")));
        browser.size(Browser.LAPTOP);
    }

    @Test
    void anArticlePastedIntoTheFormIsStoredAndItsClaimIsOnThePairPage() {
        ChromeDriver driver = browser.driver();
        driver.get(url("/ingest"));
        assertThat(driver.getTitle()).isEqualTo("Add an article · Claimline");

        driver.findElement(By.id("title")).sendKeys(FORM_TITLE);
        driver.findElement(By.id("body")).sendKeys(FORM_BODY);
        WebElement date = driver.findElement(By.id("publishedAt"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2025-03-12'", date);
        driver.findElement(By.id("source")).sendKeys("Aegean Post");
        driver.findElement(By.id("url")).sendKeys("https://news.example/drones");
        driver.findElement(By.cssSelector("form.ingest button[type=submit]")).click();

        wait(driver).until(ExpectedConditions.urlMatches("/articles/\\d+\\?stored=1$"));
        assertThat(text(driver, ".notice-ok")).contains("Stored. 1 claim was found");
        assertThat(driver.findElement(By.cssSelector(".body mark.ev-allegation"))
                        .getText())
                .isEqualTo(FORM_EVIDENCE);
        browser.screenshot("article");

        driver.findElement(By.linkText("See it on the timeline")).click();
        wait(driver).until(ExpectedConditions.urlContains("/dyads/GR/TR"));
        WebElement claim = driver.findElement(By.xpath(
                "//article[contains(@class,'claim')][.//blockquote[normalize-space()='" + FORM_EVIDENCE + "']]"));
        assertThat(claim.getText()).contains("Greece accuses Turkey", "as “Greece's defence ministry”", "Aegean Post");
        assertThat(driver.findElements(By.cssSelector("svg.timeline a.tl-mark")))
                .isNotEmpty();
    }

    @Test
    void aClaimPostedThroughTheApiAppearsOnAnOpenPairPageWithoutAReload() {
        ChromeDriver driver = browser.driver();
        driver.get(url("/dyads/GR/TR"));
        int marksBefore =
                driver.findElements(By.cssSelector("svg.timeline a.tl-mark")).size();
        ((JavascriptExecutor) driver).executeScript("window.claimlineNotReloaded = true");
        wait(driver).until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "live"));
        awaitListening();

        given().contentType(ContentType.JSON)
                .body(Map.of("title", LIVE_TITLE, "body", LIVE_BODY, "publishedAt", "2025-03-14"))
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201);

        WebElement arrived = wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//article[contains(@class,'claim')][.//blockquote[normalize-space()='"
                                + LIVE_ALLEGATION + "']]")));
        wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//blockquote[normalize-space()='" + LIVE_DENIAL + "']")));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.claimlineNotReloaded"))
                .as("the page was not reloaded")
                .isEqualTo(true);
        assertThat(arrived.getAttribute("class")).contains("is-new");
        assertThat(driver.findElements(By.cssSelector("svg.timeline a.tl-mark")))
                .as("the timeline was redrawn with the new claims")
                .hasSize(marksBefore + 2);
        assertThat(text(driver, "#live-status")).contains("2 new claims");
        browser.screenshot("pair-live-update");
    }

    @Test
    void everyPageReadsWellOnALaptopAndAPhone() {
        ChromeDriver driver = browser.driver();

        driver.get(url("/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Who accuses whom");
        assertThat(driver.findElements(By.cssSelector("table.pairs tbody tr"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("svg.spark title"))).isNotEmpty();
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getText())
                .as("the first stop is the skip link")
                .isEqualTo("Skip to content");
        browser.screenshot("overview");

        driver.findElement(By.id("q")).sendKeys("Beijing" + Keys.ENTER);
        wait(driver).until(ExpectedConditions.urlContains("q=Beijing"));
        assertThat(text(driver, ".search-result")).contains("China");
        browser.screenshot("overview-search");

        driver.get(url("/dyads/GR/TR"));
        WebElement mark = driver.findElement(By.cssSelector("svg.timeline a.tl-mark"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", mark);
        WebElement tip = mark.findElement(By.cssSelector(".tl-tip"));
        assertThat(tip.isDisplayed()).as("a focused mark shows its evidence").isTrue();
        assertThat(tip.getText()).contains("“");
        browser.screenshot("pair");

        driver.get(url("/countries/TR"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Turkey");
        assertThat(driver.findElements(By.cssSelector(".stats .stat"))).hasSize(4);
        browser.screenshot("country");

        driver.get(url("/ingest"));
        driver.findElement(By.id("url")).sendKeys("not an address");
        driver.findElement(By.cssSelector("form.ingest button[type=submit]")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
        assertThat(text(driver, "#problems")).contains("Give the article’s headline.", "Paste the article’s text.");
        assertThat(driver.findElement(By.id("url")).getAttribute("value")).isEqualTo("not an address");
        browser.screenshot("ingest-problems");

        browser.size(Browser.PHONE);
        driver.get(url("/"));
        assertNoSideways(driver);
        browser.screenshot("overview-phone");
        driver.get(url("/dyads/GR/TR"));
        assertNoSideways(driver);
        browser.screenshot("pair-phone");
        driver.get(url("/articles/1"));
        assertNoSideways(driver);
        browser.screenshot("article-phone");
    }

    @Test
    void hostileTextShowsAsTextAndNoPageBreaksTheContentSecurityPolicy() {
        claimSource.script(
                HOSTILE_TITLE,
                List.of(allegation(
                        HOSTILE_BODY, HOSTILE_EVIDENCE, "GR", "Greece's foreign ministry", "2025-02-03", "TR")));
        Number id = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        HOSTILE_TITLE,
                        "body",
                        HOSTILE_BODY,
                        "publishedAt",
                        "2025-02-03",
                        "source",
                        "Wire " + IMAGE_PAYLOAD))
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ChromeDriver driver = browser.driver();
        browser.console();

        for (String path : List.of("/", "/dyads/GR/TR", "/countries/GR", "/articles/" + id, "/ingest")) {
            driver.get(url(path));
            wait(driver).until(d -> "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .as("%s shows the payload as text", path)
                    .contains(path.equals("/ingest") ? "Add an article" : SCRIPT_PAYLOAD);
            assertSafe(path);
        }

        driver.get(url("/dyads/GR/TR"));
        WebElement mark = driver.findElement(By.cssSelector("svg.timeline a.tl-mark"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", mark);
        assertThat(mark.findElement(By.cssSelector(".tl-tip")).getText())
                .as("the timeline's tip shows the evidence as text")
                .contains(HOSTILE_EVIDENCE);
        assertSafe("the pair page's tip");

        driver.get(url("/articles/" + id));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE_TITLE);
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        assertSafe("the article page");

        driver.get(url("/ingest"));
        driver.findElement(By.id("title")).sendKeys(IMAGE_PAYLOAD);
        driver.findElement(By.id("body")).sendKeys(SCRIPT_PAYLOAD);
        driver.findElement(By.id("url")).sendKeys(IMAGE_PAYLOAD);
        driver.findElement(By.cssSelector("form.ingest button[type=submit]")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(IMAGE_PAYLOAD);
        assertThat(driver.findElement(By.id("body")).getAttribute("value")).isEqualTo(SCRIPT_PAYLOAD);
        assertThat(driver.findElement(By.id("url")).getAttribute("value")).isEqualTo(IMAGE_PAYLOAD);
        assertSafe(
                "the ingest form shown again",
                "/ingest - Failed to load resource: the server responded with a status of 400 (Bad Request)");

        driver.get(url("/q/swagger-ui/"));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info")));
        assertThat(driver.findElement(By.cssSelector(".swagger-ui .info")).getText())
                .contains("Claimline API");
        assertSafe("Swagger UI");

        // The watch sees what it is there to see: markup injected into the page is stopped by the policy, and said so.
        driver.get(url("/"));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.querySelector('main').insertAdjacentHTML('beforeend', arguments[0])",
                        "<img src=\"/favicon.svg\" onload=\"alert('injected')\">");
        wait(driver).until(d -> !browser.violations().isEmpty());
        assertThat(browser.violations())
                .anySatisfy(violation -> assertThat(violation).startsWith("script-src"));
        assertThat(browser.alerts()).isEmpty();
        assertThat(browser.console()).anySatisfy(line -> assertThat(line).contains("Content Security Policy"));
    }

    /**
     * Nothing ran that should not have, the policy had nothing to block, and the console has no error but the {@code
     * expected} ones.
     */
    private void assertSafe(String what, String... expected) {
        assertThat(browser.alerts()).as("%s: no payload ran", what).isEmpty();
        assertThat(browser.violations())
                .as("%s: Content-Security-Policy violations", what)
                .isEmpty();
        List<String> console = browser.console().stream()
                .filter(line -> Stream.of(expected).noneMatch(line::contains))
                .toList();
        assertThat(console).as("%s: console", what).noneSatisfy(line -> assertThat(line)
                .containsAnyOf("SEVERE", "Content Security Policy", "Refused"));
    }

    /** Only the parts meant to scroll sideways (wide tables, the timeline) do; the page itself fits the screen. */
    private static void assertNoSideways(ChromeDriver driver) {
        Number overflow = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue())
                .as("%s fits a phone's width", driver.getCurrentUrl())
                .isLessThanOrEqualTo(0);
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!live.listening()) {
            assertThat(System.nanoTime()).as("the listener is connected").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static String text(ChromeDriver driver, String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, WAIT);
    }
}
