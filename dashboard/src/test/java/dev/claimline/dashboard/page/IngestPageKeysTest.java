package dev.claimline.dashboard.page;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

import dev.claimline.dashboard.form.CsrfTokens;
import dev.claimline.persistence.service.ArticleQueryService;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ingest form of a service with API keys: it asks for one, stores the article only with one, and otherwise shows
 * the form again with the article kept (and the key not written back).
 */
@QuarkusTest
@TestProfile(IngestPageKeysTest.WithKeys.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class IngestPageKeysTest {
    static final String KEY = "form-key-5d1f0a9c7e3b2468";
    static final String OTHER_KEY = "other-key-0123456789abcdef";

    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimline.api-keys", "  ," + KEY + ", " + OTHER_KEY);
        }
    }

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
    void theFormAsksForTheKeyInAPasswordField() {
        Document form = Jsoup.parse(
                given().get("/ingest").then().statusCode(200).extract().asString());

        Element field = form.selectFirst("form.ingest input#apiKey");
        assertThat(field).isNotNull();
        assertThat(field.attr("type")).isEqualTo("password");
        assertThat(field.attr("name")).isEqualTo("apiKey");
        assertThat(form.selectFirst("label[for=apiKey]").text()).startsWith("API key");
    }

    @Test
    void withAKeyTheArticleIsStored() {
        for (String key : List.of(KEY, " " + OTHER_KEY + " ")) {
            TestDatabase.clear(entityManager);
            Session.open()
                    .post(key)
                    .then()
                    .statusCode(303)
                    .header("Location", matchesPattern(".*/articles/\\d+\\?stored=1"));
            assertThat(articles.count()).isEqualTo(1);
        }
    }

    @Test
    void aBrowserThatSendsTheKeyInItsHeadersNeedNotTypeIt() {
        Session session = Session.open(given().header("X-Api-Key", KEY));
        assertThat(session.page.selectFirst("input#apiKey"))
                .as("no key field for a browser that sends a key")
                .isNull();

        session.request(given().auth().preemptive().basic("analyst", KEY), null)
                .then()
                .statusCode(303);
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void withoutAKeyTheFormComesBackWithTheArticleIn() {
        Response answer = Session.open().post("");

        answer.then().statusCode(401).header("WWW-Authenticate", "Bearer realm=\"claimline\"");
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.select("#problems li").eachText())
                .containsExactly("Give an API key: this Claimline stores articles only from those who have one.");
        assertThat(page.selectFirst("#apiKey").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#title").val()).isEqualTo(TITLE);
        assertThat(page.selectFirst("#body").text()).isEqualTo(BODY);
        assertThat(articles.count()).isZero();
    }

    @Test
    void aWrongKeyIsRefusedAndNotWrittenBack() {
        String wrong = KEY.substring(0, KEY.length() - 1) + "x";
        Response answer = Session.open().post(wrong);

        answer.then().statusCode(403);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.select("#problems li").eachText())
                .containsExactly(
                        "That API key is not accepted here. Check it, or ask whoever runs this Claimline for one.");
        assertThat(page.selectFirst("#apiKey").val()).isEmpty();
        assertThat(answer.asString()).doesNotContain(wrong);
        assertThat(page.selectFirst("#title").val()).isEqualTo(TITLE);
        assertThat(articles.count()).isZero();
    }

    @Test
    void theKeyIsCheckedWithTheOtherFieldsAndKeptOutOfThePage() {
        Response answer = Session.open().request(given(), KEY, "  ");

        answer.then().statusCode(400);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.select("#problems li").eachText()).containsExactly("Give the article’s headline.");
        assertThat(answer.asString()).doesNotContain(KEY);
        assertThat(articles.count()).isZero();
    }

    @Test
    void aForgedPostIsRefusedEvenWithTheKey() {
        Session session = Session.open();
        given().contentType(ContentType.URLENC)
                .cookie(CsrfTokens.COOKIE, session.cookie)
                .formParam("csrf", session.cookie)
                .formParam("apiKey", KEY)
                .header("Sec-Fetch-Site", "cross-site")
                .formParam("title", TITLE)
                .formParam("body", BODY)
                .formParam("publishedAt", "2024-06-04")
                .when()
                .post("/ingest")
                .then()
                .statusCode(403);
        assertThat(articles.count()).isZero();
    }

    private static String token(String html) {
        Matcher matcher = HIDDEN_TOKEN.matcher(html);
        assertThat(matcher.find()).as("the hidden token field").isTrue();
        return matcher.group(1);
    }

    /** A browser that has opened the form: it holds the cookie, and its page holds the token. */
    private record Session(String cookie, String token, Document page) {
        static Session open() {
            return open(given());
        }

        static Session open(RequestSpecification request) {
            Response form = request.when().get("/ingest");
            form.then().statusCode(200);
            String html = form.asString();
            return new Session(form.getCookie(CsrfTokens.COOKIE), IngestPageKeysTest.token(html), Jsoup.parse(html));
        }

        Response post(String key) {
            return request(given(), key);
        }

        Response request(RequestSpecification request, String key) {
            return request(request, key, TITLE);
        }

        Response request(RequestSpecification request, String key, String title) {
            request.contentType(ContentType.URLENC)
                    .cookie(CsrfTokens.COOKIE, cookie)
                    .header("Sec-Fetch-Site", "same-origin")
                    .formParam("csrf", token)
                    .formParam("title", title)
                    .formParam("body", BODY)
                    .formParam("publishedAt", "2024-06-04")
                    .redirects()
                    .follow(false);
            if (key != null) {
                request.formParam("apiKey", key);
            }
            return request.when().post("/ingest");
        }
    }
}
