package dev.claimline.dashboard.page;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.denial;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.claimline.extraction.Article;
import dev.claimline.persistence.service.IngestService;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import dev.claimline.persistence.view.StoredArticle;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages as a browser without JavaScript gets them: plain HTML, links and GET forms, output escaped. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class DashboardPagesTest {
    private static final String TITLE = "Pyongyang rejects <b>launch</b> claims";
    private static final String BODY = "On Monday the White House said North Korea had shipped missiles abroad.\n"
            + "Pyongyang called the report a baseless fabrication on Wednesday.";
    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_STYLE =
            Pattern.compile("\\sstyle=|<style|\\son[a-z]+=", Pattern.CASE_INSENSITIVE);

    @Inject
    IngestService ingest;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    private StoredArticle article;

    @BeforeEach
    void storeOneArticle() {
        TestDatabase.clear(entityManager);
        claimSource.script(
                TITLE,
                List.of(
                        allegation(
                                BODY,
                                "North Korea had shipped missiles abroad",
                                "US",
                                "the White House",
                                "2024-05-06",
                                "KP"),
                        denial(
                                BODY,
                                "called the report a baseless fabrication",
                                "KP",
                                "Pyongyang",
                                "2024-05-08",
                                "US",
                                "KP")));
        article = ingest.ingest(
                new Article(TITLE, BODY, LocalDate.of(2024, 5, 9), "https://news.example/kp", "Example News", "en"));
    }

    @Test
    void overviewListsThePairsWithTheirActivityAndTheLatestClaims() {
        String html = page("/");

        assertThat(html)
                .contains("<a href=\"/dyads/KP/US\">North Korea – United States</a>")
                .contains("<td class=\"num\">1</td>")
                .contains("<svg class=\"spark\"", "Claims by month from May 2024 to May 2024")
                .contains("id=\"feed\"", "called the report a baseless fabrication", "North Korea had shipped missiles")
                .contains("data-live=\"all\"", "data-live-region")
                .as("titles are escaped")
                .contains("Pyongyang rejects &lt;b&gt;launch&lt;/b&gt; claims")
                .doesNotContain("<b>launch</b>");
        assertThat(html.indexOf("called the report"))
                .as("most recently reported first")
                .isPositive();
    }

    @Test
    void overviewSaysSoWhenThereAreNoClaims() {
        TestDatabase.clear(entityManager);

        assertThat(page("/")).contains("No claims are stored yet", "No allegations or denials between countries yet");
    }

    @Test
    void overviewFiltersAreKeptInTheUrlAndInTheLinks() {
        String denials = page("/?type=DENIAL&from=2024-05&to=2024-05");
        assertThat(denials)
                .contains("<option value=\"DENIAL\" selected>Denials</option>")
                .contains("value=\"2024-05\"")
                .contains("href=\"/dyads/KP/US?from=2024-05&amp;to=2024-05&amp;type=DENIAL\"")
                .contains("called the report a baseless fabrication")
                .doesNotContain("North Korea had shipped missiles abroad");

        assertThat(page("/?from=2030-01")).contains("No allegations or denials between countries match this search");
        assertThat(page("/?from=soon&type=rumour"))
                .contains("From “soon” is not a month", "“rumour” is not a kind of claim")
                .contains("North Korea – United States");
    }

    @Test
    void searchFindsCountriesByAnyNameAndClaimsByTheirWords() {
        assertThat(page("/?q=Pyongyang"))
                .contains("<a class=\"actor-chip\" href=\"/countries/KP\">North Korea</a>")
                .contains("North Korea – United States");
        assertThat(page("/?q=fabrication"))
                .contains("No country or organisation is called that")
                .contains("called the report a baseless fabrication")
                .doesNotContain("North Korea had shipped missiles abroad");
        String script = given().queryParam("q", "<script>")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(script).contains("“&lt;script&gt;”").doesNotContain("<script>");
    }

    @Test
    void pairPageDrawsTheTimelineAndListsEveryClaimInDateOrder() {
        for (String path : List.of("/dyads/US/KP", "/dyads/KP/US", "/dyads/us/kp")) {
            String html = page(path);

            assertThat(html)
                    .contains("<svg class=\"timeline\"", "<title id=\"tl-title\">Timeline of ")
                    .contains("class=\"tl-mark tl-allegation\"", "class=\"tl-mark tl-denial\"")
                    .contains("<circle class=\"tl-shape\"", "<polygon class=\"tl-shape\"")
                    .as("a line from the denial to the allegation it answers")
                    .contains("class=\"tl-link\"");
            int allegation = html.indexOf("<blockquote class=\"evidence\">North Korea had shipped missiles abroad");
            int denial = html.indexOf("<blockquote class=\"evidence\">called the report a baseless fabrication");
            assertThat(allegation).as(path).isPositive().isLessThan(denial);
            assertThat(html)
                    .contains("<h3 id=\"month-2024-05-h\" class=\"month-h\">May 2024</h3>")
                    .contains("Allegation", "Denial", "as “the White House”", "as “Pyongyang”", "Answering")
                    .contains("Answers</span> <a href=\"#claim-")
                    .contains("<a href=\"/articles/" + article.id() + "#claim-")
                    .contains("CAMEO 016")
                    .contains("Pyongyang rejects &lt;b&gt;launch&lt;/b&gt; claims")
                    .doesNotContain("<b>launch</b>");
        }
        assertThat(page("/dyads/US/KP")).contains("United States → North Korea: 1 allegation, 0 denials");
    }

    @Test
    void pairPageFiltersNarrowTheTimelineAndTheList() {
        String html = page("/dyads/US/KP?type=ALLEGATION");

        assertThat(html)
                .contains("2 claims between them, in both directions; 1 matches the filter")
                .contains("North Korea had shipped missiles abroad")
                .doesNotContain("<blockquote class=\"evidence\">called the report")
                .doesNotContain("class=\"tl-mark tl-denial\"");
        assertThat(page("/dyads/US/KP?from=2020-01&to=2020-12")).contains("No claims match the filter.");
    }

    @Test
    void pairWithoutClaimsSaysSo() {
        assertThat(page("/dyads/RU/US")).contains("No allegations or denials between Russia and United States yet");
    }

    @Test
    void countryPageCountsWhatItSaidAndWhatWasSaidAboutIt() {
        String html = page("/countries/KP");

        assertThat(html)
                .contains("<h1>North Korea <span class=\"h-code\">KP</span></h1>")
                .containsPattern("stat-n\">0</span> <span class=\"stat-label\">Allegations made")
                .containsPattern("stat-n\">1</span> <span class=\"stat-label\">Allegations received")
                .containsPattern("stat-n\">1</span> <span class=\"stat-label\">Denials made")
                .contains("<a href=\"/countries/US\">United States</a>")
                .contains("href=\"/dyads/KP/US\"")
                .contains("North Korea has accused no one here.")
                .contains("called the report a baseless fabrication");

        assertThat(page("/countries/KP?show=allegations-received"))
                .contains("Allegations received <span class=\"h-note\">1</span>")
                .contains("North Korea had shipped missiles abroad")
                .doesNotContain("called the report a baseless fabrication");
    }

    @Test
    void articlePageMarksEachClaimInTheText() {
        String html = page("/articles/" + article.id());

        assertThat(html)
                .contains("<h1 id=\"article-h\">Pyongyang rejects &lt;b&gt;launch&lt;/b&gt; claims</h1>")
                .contains("9 May 2024", "Example News", "href=\"https://news.example/kp\"")
                .containsPattern("<mark class=\"ev ev-allegation\" title=\"Claim 1, allegation by United States\">"
                        + "North Korea had shipped missiles abroad</mark><a class=\"ev-ref ev-ref-allegation\""
                        + " href=\"#claim-\\d+\"><span class=\"visually-hidden\">claim </span>1</a>")
                .contains("<mark class=\"ev ev-denial\"")
                .contains("\nPyongyang <span class=\"ev-anchor\"", "</a> on Wednesday.</div>")
                .contains("Defending", "Show in the text")
                .doesNotContain("Stored.");
        assertThat(page("/articles/" + article.id() + "?stored=1")).contains("Stored. 2 claims were found");
    }

    @Test
    void aClaimsAddressLeadsToItOnItsPairsPage() {
        long denial = article.claims().get(1).id();

        given().redirects()
                .follow(false)
                .when()
                .get("/claims/" + denial)
                .then()
                .statusCode(303)
                .header("Location", containsString("/dyads/KP/US#claim-" + denial));
    }

    @Test
    void unknownPagesAreHtmlNotFoundPages() {
        for (String path : List.of(
                "/dyads/XX/US", "/dyads/US/US", "/articles/999999", "/articles/abc", "/countries/XX", "/claims/0")) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType(containsString("text/html"))
                    .body(containsString("<h1>Not found</h1>"));
        }
        given().when().get("/dyads/XX/US").then().body(containsString("No country or organisation has the code XX."));
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() {
        for (String path :
                List.of("/", "/?q=Korea", "/dyads/US/KP", "/countries/KP", "/articles/" + article.id(), "/ingest")) {
            String html = page(path);
            assertThat(INLINE_SCRIPT.matcher(html).find()).as(path).isFalse();
            assertThat(INLINE_STYLE.matcher(html).find()).as(path).isFalse();
            assertThat(html).as(path).contains("<script src=\"/js/live.js\" defer></script>");
        }
    }

    @Test
    void servesItsOwnStylesheetAndScript() {
        given().when()
                .get("/claimline.css")
                .then()
                .statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString("article.claim"));
        given().when()
                .get("/js/live.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("/api/claims/stream"), not(containsString("http://")));
    }

    private static String page(String path) {
        return given().when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
    }
}
