package dev.claimline.dashboard.page;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import dev.claimline.dashboard.form.CsrfTokens;
import dev.claimline.persistence.service.ArticleQueryService;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ingest form: stores what it is given and goes to the article, keeps bad input, and refuses forged posts. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class IngestPageTest {
    private static final String TITLE = "Seoul says Pyongyang fired a missile";
    private static final String BODY = "South Korea said on Monday that North Korea fired a ballistic missile.";
    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]{43})\"");

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    ArticleQueryService articles;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(entityManager);
        claimSource.script(
                TITLE,
                List.of(allegation(
                        BODY, "North Korea fired a ballistic missile", "KR", "South Korea", "2024-06-03", "KP")));
    }

    @Test
    void theFormSetsItsTokenInACookieAndAHiddenField() {
        Response form = given().when().get("/ingest");

        form.then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<form class=\"ingest\" method=\"post\" action=\"/ingest\""))
                .body(containsString("<label for=\"title\">Headline"))
                .body(containsString("<textarea id=\"body\" name=\"body\""));
        String cookie = form.getCookie(CsrfTokens.COOKIE);
        assertThat(cookie).matches("[A-Za-z0-9_-]{43}");
        assertThat(token(form.asString())).isEqualTo(cookie);
        assertThat(form.getDetailedCookie(CsrfTokens.COOKIE).isHttpOnly()).isTrue();
        assertThat(form.getDetailedCookie(CsrfTokens.COOKIE).getPath()).isEqualTo("/ingest");
        assertThat(form.getHeader("Set-Cookie")).contains("SameSite=Strict");
    }

    @Test
    void aValidArticleIsStoredAndTheBrowserGoesToItsPage() {
        Session session = Session.open();

        Response stored = session.post(TITLE, BODY, "2024-06-04", "Example Wire", "https://news.example/missile");

        stored.then().statusCode(303).header("Location", matchesPattern(".*/articles/\\d+\\?stored=1"));
        String article = given().when()
                .get(stored.getHeader("Location"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(article)
                .contains("Stored. 1 claim was found", TITLE, "Example Wire", "4 Jun 2024")
                .contains("<mark class=\"ev ev-allegation\"");
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void anArticleThatKeepsCollidingWithOtherWritesIsKeptInTheFormWith503() {
        String title = "Ankara says Athens armed its islands";
        claimSource.fail(
                title,
                new PersistenceException(
                        "could not execute statement", new SQLException("ERROR: deadlock detected", "40P01")));

        Response refused = Session.open().post(title, BODY, "2024-06-04", "Example Wire", "");

        refused.then().statusCode(503).header("Retry-After", "1");
        assertThat(refused.asString())
                .contains("collided with other articles being stored at the same moment", title)
                .doesNotContain("deadlock");
        assertThat(articles.count()).isZero();
    }

    @Test
    void invalidInputIsShownAgainWithEveryProblemAndNothingIsStored() {
        Session session = Session.open();

        String html = session.post("  ", "<b>pasted</b> text", "04/06/2024", "", "news.example/story")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(html)
                .contains("Please check these")
                .contains("<a href=\"#title\">Give the article’s headline.</a>")
                .contains("“04/06/2024” is not a day: write it as YYYY-MM-DD")
                .contains("The address must be a full web address")
                .contains("aria-invalid=\"true\" aria-describedby=\"title-problem\"")
                .as("the input is kept, escaped")
                .contains(">&lt;b&gt;pasted&lt;/b&gt; text</textarea>")
                .contains("value=\"news.example/story\"");
        assertThat(token(html)).as("a fresh form can be sent again").isEqualTo(session.cookie);
        assertThat(articles.count()).isZero();
    }

    @Test
    void aLongArticleFitsTheForm() {
        String body = BODY + " " + "The talks went on. ".repeat(3_000);

        Session.open().post(TITLE, body, "2024-06-04", "", "").then().statusCode(303);

        assertThat(articles.newestFirst(new dev.claimline.persistence.service.PageRequest(0, 1))
                        .items())
                .singleElement()
                .satisfies(article -> assertThat(article.title()).isEqualTo(TITLE));
    }

    @Test
    void anArticleStoredBeforeLeadsToTheStoredOneWithANoticeAndNothingNewIsStored() {
        Session session = Session.open();
        String stored = session.post(TITLE, BODY, "2024-06-04", "Example Wire", "https://news.example/missile")
                .getHeader("Location");
        String page = stored.substring(0, stored.indexOf('?'));

        Response sameAddress =
                session.post(TITLE + " (updated)", BODY + " More.", "2024-06-04", "", "HTTPS://news.example/missile/");
        Response sameText = session.post(TITLE, "<p>" + BODY + "</p>", "2024-06-05", "", "");

        sameAddress.then().statusCode(303);
        assertThat(sameAddress.getHeader("Location")).isEqualTo(page + "?repeated=url");
        sameText.then().statusCode(303);
        assertThat(sameText.getHeader("Location")).isEqualTo(page + "?repeated=text");
        assertThat(given().when().get(sameAddress.getHeader("Location")).asString())
                .contains("This article was stored before, with this address, so nothing new was stored")
                .contains(TITLE)
                .doesNotContain("(updated)");
        assertThat(given().when().get(sameText.getHeader("Location")).asString())
                .contains("This article was stored before, with this text, so nothing new was stored");
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void anArticleInAnotherLanguageIsStoredAndThePageSaysWhyItHasNoClaims() {
        Response stored = Session.open()
                .post(
                        "Paris accuse Moscou",
                        "La France a accusé lundi la Russie de mener des cyberattaques contre ses hôpitaux. Moscou a"
                                + " démenti ces accusations.",
                        "2024-06-04",
                        "",
                        "");

        stored.then().statusCode(303);
        String location = stored.getHeader("Location");
        assertThat(given().when().get(location).asString())
                .contains("Stored. This article is in French. Claimline reads claims in English only, so none were"
                        + " looked for.");
        assertThat(given().when()
                        .get(location.substring(0, location.indexOf('?')))
                        .asString())
                .contains("<div class=\"notice\" role=\"note\">This article is in French.");
    }

    @Test
    void controlCharactersAreDroppedAndFutureDaysRefused() {
        Session session = Session.open();

        String html = session.post(TITLE, BODY, "2999-01-01", "", "")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        Response stored =
                session.post("Pasted\u0000 headline", "North\u0007 Korea\u001b fired.\tAgain.", "2024-06-04", "", "");

        assertThat(html).contains("“2999-01-01” is in the future");
        stored.then().statusCode(303);
        assertThat(articles.newestFirst(new dev.claimline.persistence.service.PageRequest(0, 1))
                        .items())
                .singleElement()
                .satisfies(article -> assertThat(article.title()).isEqualTo("Pasted headline"));
        assertThat(articles.byId(articles.newestFirst(new dev.claimline.persistence.service.PageRequest(0, 1))
                                .items()
                                .get(0)
                                .id())
                        .orElseThrow()
                        .body())
                .isEqualTo("North Korea fired.\tAgain.");
    }

    @Test
    void aPostWithoutTheTokenOrFromAnotherSiteStoresNothing() {
        Session session = Session.open();
        List<RequestSpecification> forged = List.of(
                given().contentType(ContentType.URLENC).formParam("csrf", session.cookie),
                given().contentType(ContentType.URLENC).cookie(CsrfTokens.COOKIE, session.cookie),
                given().contentType(ContentType.URLENC)
                        .cookie(CsrfTokens.COOKIE, session.cookie)
                        .formParam("csrf", session.cookie.substring(1) + "x"),
                given().contentType(ContentType.URLENC)
                        .cookie(CsrfTokens.COOKIE, session.cookie)
                        .formParam("csrf", session.cookie)
                        .header("Sec-Fetch-Site", "cross-site"));

        for (RequestSpecification request : forged) {
            String html = request.formParam("title", TITLE)
                    .formParam("body", BODY)
                    .formParam("publishedAt", "2024-06-04")
                    .redirects()
                    .follow(false)
                    .when()
                    .post("/ingest")
                    .then()
                    .statusCode(403)
                    .extract()
                    .asString();
            assertThat(html)
                    .contains("Nothing was stored: this form had expired or did not come from this site")
                    .as("what was pasted is kept")
                    .contains(BODY);
        }
        assertThat(articles.count()).isZero();
    }

    private static String token(String html) {
        Matcher matcher = HIDDEN_TOKEN.matcher(html);
        assertThat(matcher.find()).as("the hidden token field").isTrue();
        return matcher.group(1);
    }

    /** A browser that has opened the form: it holds the cookie, and its page holds the token. */
    private record Session(String cookie, String token) {
        static Session open() {
            Response form = given().when().get("/ingest");
            return new Session(form.getCookie(CsrfTokens.COOKIE), IngestPageTest.token(form.asString()));
        }

        Response post(String title, String body, String publishedAt, String source, String url) {
            return given().contentType(ContentType.URLENC)
                    .cookie(CsrfTokens.COOKIE, cookie)
                    .header("Sec-Fetch-Site", "same-origin")
                    .formParam("csrf", token)
                    .formParam("title", title)
                    .formParam("body", body)
                    .formParam("publishedAt", publishedAt)
                    .formParam("source", source)
                    .formParam("url", url)
                    .redirects()
                    .follow(false)
                    .when()
                    .post("/ingest");
        }
    }
}
