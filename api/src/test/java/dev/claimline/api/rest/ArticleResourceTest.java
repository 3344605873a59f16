package dev.claimline.api.rest;

import static dev.claimline.api.ApiTestArticles.ROCKETS_ALLEGATION;
import static dev.claimline.api.ApiTestArticles.ROCKETS_BODY;
import static dev.claimline.api.ApiTestArticles.ROCKETS_TITLE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.claimline.api.ApiTestArticles;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ArticleResourceTest {
    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(entityManager);
        ApiTestArticles.script(claimSource);
    }

    @Test
    void createAnswers201WithLocationAndTheStoredArticleWithItsClaims() {
        Map<String, Object> request = ApiTestArticles.rockets();
        request.put("url", "https://news.example/rockets");
        request.put("source", "Example Wire");
        request.put("language", "en");

        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("title", equalTo(ROCKETS_TITLE))
                .body("body", equalTo(ROCKETS_BODY))
                .body("publishedAt", equalTo("2023-11-16"))
                .body("url", equalTo("https://news.example/rockets"))
                .body("source", equalTo("Example Wire"))
                .body("language", equalTo("en"))
                .body("claims", hasSize(2))
                .body("claims.type", contains("ALLEGATION", "DENIAL"))
                .extract();

        int id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/articles/" + id);
        assertThat(created.<Integer>path("claims[0].articleId")).isEqualTo(id);

        given().when()
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("createdAt", notNullValue())
                .body("claims[0].evidence.text", equalTo(ROCKETS_ALLEGATION))
                .body("claims[1].accuser.code", equalTo("US"));
    }

    @Test
    void storedClaimsHaveExactlyTheDocumentedShape() {
        int start = ROCKETS_BODY.indexOf(ROCKETS_ALLEGATION);

        ExtractableResponse<Response> stored = given().contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body(
                        "claims[0].keySet()",
                        contains(
                                "id",
                                "articleId",
                                "type",
                                "claimant",
                                "accused",
                                "accuser",
                                "date",
                                "evidence",
                                "confidence",
                                "topic",
                                "cameo",
                                "plover",
                                "ploverContext",
                                "mentionCount",
                                "mentions",
                                "respondsTo",
                                "answeredBy"))
                .body("claims[0].id", notNullValue())
                .body("claims[0].type", equalTo("ALLEGATION"))
                .body("claims[0].claimant.code", equalTo("US"))
                .body("claims[0].claimant.name", equalTo("United States"))
                .body("claims[0].claimant.mention", equalTo("The United States"))
                .body("claims[0].accused.code", contains("KP", "RU"))
                .body("claims[0].accused.name", contains("North Korea", "Russia"))
                .body("claims[0]", hasKey("accuser"))
                .body("claims[0].accuser", nullValue())
                .body("claims[0].date", equalTo("2023-11-13"))
                .body("claims[0].evidence.text", equalTo(ROCKETS_ALLEGATION))
                .body("claims[0].evidence.start", equalTo(start))
                .body("claims[0].evidence.end", equalTo(start + ROCKETS_ALLEGATION.length()))
                .body("claims[0].confidence", equalTo(0.9f))
                .body("claims[1].accuser.keySet()", contains("code", "name"))
                .body("claims[1].accuser.name", equalTo("United States"))
                .body("claims[0].topic", equalTo("ARMS_TRANSFERS"))
                .body("claims[0].cameo", equalTo("112"))
                .body("claims[0].plover", equalTo("ACCUSE"))
                .body("claims[0].ploverContext", equalTo("military"))
                .body("claims[1].cameo", equalTo("016"))
                .body("claims[1].plover", equalTo("REJECT"))
                .body("claims[0].mentionCount", equalTo(1))
                .body(
                        "claims[0].mentions[0].keySet()",
                        contains("articleId", "title", "source", "url", "publishedAt", "evidence"))
                .body("claims[0].mentions[0].evidence.start", equalTo(start))
                .body("claims[0].respondsTo", empty())
                .body("claims[1].answeredBy", empty())
                .extract();
        assertThat(stored.<Integer>path("claims[0].answeredBy[0]")).isEqualTo(stored.path("claims[1].id"));
        assertThat(stored.<Integer>path("claims[1].respondsTo[0]")).isEqualTo(stored.path("claims[0].id"));
    }

    @Test
    void publishedAtAcceptsDateTimesAndKeepsTheirLocalDate() {
        for (String dateTime : new String[] {"2023-11-16T23:30:00-05:00", "2023-11-16T04:00:00Z"}) {
            Map<String, Object> request =
                    ApiTestArticles.request("Quiet day at " + dateTime, "Nothing happened.", dateTime);

            given().contentType(ContentType.JSON)
                    .body(request)
                    .when()
                    .post("/api/articles")
                    .then()
                    .statusCode(201)
                    .body("publishedAt", equalTo("2023-11-16"));
        }
    }

    @Test
    void listsArticlesNewestFirstInPagesWithTheTotal() {
        for (String day : new String[] {"2023-01-02", "2023-03-04", "2023-02-03"}) {
            given().contentType(ContentType.JSON)
                    .body(ApiTestArticles.request("Article of " + day, "Text.", day))
                    .when()
                    .post("/api/articles")
                    .then()
                    .statusCode(201);
        }

        given().when()
                .get("/api/articles")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("total", equalTo(3))
                .body("items.publishedAt", contains("2023-03-04", "2023-02-03", "2023-01-02"))
                .body("items[0]", not(hasKey("body")))
                .body("items[0].claimCount", equalTo(0));

        given().queryParam("page", 1)
                .queryParam("size", 2)
                .when()
                .get("/api/articles")
                .then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("total", equalTo(3))
                .body("items.title", contains("Article of 2023-01-02"));
    }

    @Test
    void acceptsTextWithTabsLineBreaksAndCharactersBeyondTheBasicPlane() {
        String body = "Line one\twith a tab.\r\nLine two with an emoji \uD83D\uDE80 and \u00e9\u00e8.";

        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.request("Tabs \uD83D\uDCF0", body, "2023-11-16"))
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body("title", equalTo("Tabs \uD83D\uDCF0"))
                .body("body", equalTo(body));
    }

    @Test
    void acceptsAnArticlePublishedTomorrowForTimeZonesAheadOfUtc() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.request(
                        "From Kiribati", "Published early in the day.", tomorrow + "T06:00:00+14:00"))
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body("publishedAt", equalTo(tomorrow));
    }

    @Test
    void acceptsAChunkedBodyWithinTheLimit() throws Exception {
        byte[] json = ("{\"title\":\"Chunked\",\"body\":\"" + "Text. ".repeat(50_000)
                        + "\",\"publishedAt\":\"2023-11-16\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"title\":\"Chunked\"");
    }

    @Test
    void htmlNestedTensOfThousandsDeepIsStoredAndShown() {
        String body = "<div>".repeat(50_000) + "<p>Seoul said on Monday that Pyongyang had fired a missile.</p>";

        int id = given().contentType(ContentType.JSON)
                .body(ApiTestArticles.request("Deeply nested", body, "2024-06-04"))
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body("body", equalTo(body))
                .extract()
                .path("id");

        given().when()
                .get("/articles/" + id)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Pyongyang had fired a missile"));
    }
}
