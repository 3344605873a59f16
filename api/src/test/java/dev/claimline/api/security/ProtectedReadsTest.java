package dev.claimline.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.claimline.api.ApiTestArticles;
import dev.claimline.api.browser.Browser;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestClaims;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A service that protects reads too: the API, exports, the stream and the dashboard's pages need a key (a browser signs
 * in with Basic, the key as password); probes, metrics, OpenAPI and the dashboard's static files do not.
 */
@QuarkusTest
@TestProfile(ProtectedReadsTest.ReadKeys.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class ProtectedReadsTest {
    static final String KEY = "read-key-2e7c9a1f5b0d8346";

    public static class ReadKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimline.api-keys", KEY, "claimline.api-keys.protect-reads", "true");
        }
    }

    private static final List<String> API_READS = List.of(
            "/api/articles",
            "/api/articles/1",
            "/api/claims",
            "/api/dyads",
            "/api/disputes",
            "/api/timeline?a=US&b=KP",
            "/api/export/claims.csv",
            "/api/export/claims.jsonl",
            "/api/claims/stream");
    private static final List<String> PAGES = List.of("/", "/dyads/KP/US", "/countries/KP", "/articles/1", "/ingest");

    @TestHTTPResource("/")
    URL base;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void oneArticle() {
        TestDatabase.clear(entityManager);
        ApiTestArticles.script(claimSource);
        given().header("X-Api-Key", KEY)
                .contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .post("/api/articles")
                .then()
                .statusCode(201);
    }

    @Test
    void apiReadsWithoutAKeyAre401AndChallengeForBearerAndBasic() {
        for (String path : API_READS) {
            Response answer = given().get(path);
            answer.then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body(
                            "detail",
                            equalTo("Reading this service needs an API key: send it in the X-Api-Key header or as"
                                    + " Authorization: Bearer <key>."));
            assertThat(answer.headers().getValues("WWW-Authenticate"))
                    .as(path)
                    .containsExactly("Bearer realm=\"claimline\"", "Basic realm=\"claimline\", charset=\"UTF-8\"");
        }
    }

    @Test
    void apiReadsWithAKeyAnswerAsUsual() {
        String id = given().header("X-Api-Key", KEY)
                .get("/api/articles")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id")
                .toString();
        given().header("Authorization", "Bearer " + KEY)
                .get("/api/articles/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic("analyst", KEY)
                .get("/api/claims")
                .then()
                .statusCode(200);
        given().header("X-Api-Key", KEY)
                .get("/api/export/claims.csv")
                .then()
                .statusCode(200)
                .body(containsString("North Korea was secretly shipping artillery rockets to Russia"));
        given().header("X-Api-Key", KEY + "0")
                .get("/api/claims")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void pagesAskTheBrowserToSignIn() {
        for (String path : PAGES) {
            Response answer = given().accept(ContentType.HTML).get(path);
            answer.then()
                    .statusCode(401)
                    .contentType(containsString("text/html"))
                    .header("WWW-Authenticate", "Basic realm=\"claimline\", charset=\"UTF-8\"");
            assertThat(Jsoup.parse(answer.asString()).selectFirst("h1").text()).isEqualTo("Sign in with a key");
        }
        // A browser signed in with a wrong key is asked again rather than shut out.
        Response wrong = given().auth().preemptive().basic("analyst", "nope").get("/");
        wrong.then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        assertThat(Jsoup.parse(wrong.asString()).selectFirst("h1").text()).isEqualTo("Key not accepted");
        given().header("X-Api-Key", "nope").get("/").then().statusCode(403);
    }

    @Test
    void aSignedInBrowserReadsEveryPageAndStoresThroughTheForm() {
        for (String path : List.of("/", "/dyads/KP/US", "/countries/KP", "/ingest")) {
            given().auth().preemptive().basic("analyst", KEY).get(path).then().statusCode(200);
        }
        Response form = given().auth().preemptive().basic("analyst", KEY).get("/ingest");
        assertThat(Jsoup.parse(form.asString()).selectFirst("#apiKey"))
                .as("the browser sends its key, so the form does not ask for it")
                .isNull();
        String token =
                Jsoup.parse(form.asString()).selectFirst("input[name=csrf]").val();
        given().auth()
                .preemptive()
                .basic("analyst", KEY)
                .cookie("claimline-csrf", form.getCookie("claimline-csrf"))
                .header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.URLENC)
                .formParam("csrf", token)
                .formParam("title", ApiTestArticles.PIPELINE_TITLE)
                .formParam("body", ApiTestArticles.PIPELINE_BODY)
                .formParam("publishedAt", ApiTestArticles.PIPELINE_PUBLISHED)
                .redirects()
                .follow(false)
                .post("/ingest")
                .then()
                .statusCode(303);
    }

    @Test
    void aBrowserSignedInWithAKeyReadsThePagesAndGetsLiveUpdates() {
        Assumptions.assumeTrue(Browser.installed(), "Chromium is not installed: browser test skipped");
        try (Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            // As a person answering the browser's prompt would: the key as the password of the realm "claimline".
            String signedIn = base.toString().replaceFirst("://", "://analyst:" + KEY + "@");
            driver.get(signedIn.replaceAll("/$", "") + "/dyads/US/KP");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("United States", "North Korea");

            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "live"));
            String title = "Washington repeats rocket charge";
            String body = "The United States said on Monday that North Korea was still shipping rockets to Russia.";
            claimSource.script(
                    title,
                    List.of(TestClaims.allegation(
                            body,
                            "North Korea was still shipping rockets to Russia",
                            "US",
                            "The United States",
                            "2023-11-20",
                            "KP",
                            "RU")));
            given().header("X-Api-Key", KEY)
                    .contentType(ContentType.JSON)
                    .body(ApiTestArticles.request(title, body, "2023-11-21"))
                    .post("/api/articles")
                    .then()
                    .statusCode(201);
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "new"));
            assertThat(browser.violations()).isEmpty();
        }
    }

    @Test
    void probesMetricsOpenApiAndStaticFilesStayOpen() {
        for (String path : List.of(
                "/q/health/ready",
                "/q/health/live",
                "/q/health/started",
                "/q/metrics",
                "/q/openapi",
                "/claimline.css",
                "/js/live.js",
                "/favicon.svg")) {
            given().get(path).then().statusCode(200);
        }
    }
}
