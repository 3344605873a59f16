package dev.claimline.api.rest;

import static dev.claimline.api.ApiTestArticles.ROCKETS_BODY;
import static dev.claimline.api.ApiTestArticles.ROCKETS_TITLE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An article is stored once, whoever sends it again, however often, and at the same moment. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class RepeatedArticlesTest {
    private static final String URL = "https://news.example/world/rockets?id=42";
    private static final int CLIENTS = 20;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(entityManager);
        ApiTestArticles.script(claimSource);
    }

    @Test
    void twentyClientsPostingOneArticleAtOnceStoreItOnce() throws Exception {
        Map<String, Object> article = ApiTestArticles.rockets();
        article.put("url", URL);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/articles"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(article)))
                .build();
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<HttpResponse<String>> responses =
                atOnce(CLIENTS, () -> client.send(request, HttpResponse.BodyHandlers.ofString()));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201);
        assertThat(responses)
                .filteredOn(response -> response.statusCode() == 201)
                .hasSize(1);
        long id = count("select min(id) from article");
        assertThat(responses)
                .allSatisfy(response -> assertThat(response.headers().firstValue("Location"))
                        .hasValueSatisfying(location -> assertThat(location).endsWith("/api/articles/" + id)))
                .allSatisfy(response -> assertThat(
                                json.readTree(response.body()).path("id").asLong())
                        .isEqualTo(id))
                .allSatisfy(
                        response -> assertThat(json.readTree(response.body()).path("claims"))
                                .hasSize(2));
        assertThat(count("select count(*) from article")).isEqualTo(1);
        assertThat(count("select count(*) from claim")).isEqualTo(2);
        assertThat(count("select count(*) from claim_mention")).isEqualTo(2);
        assertThat(count("select count(*) from claim_link")).isEqualTo(1);
    }

    @Test
    void theSameAddressWithOtherTextAnswersWithTheStoredArticle() {
        int id = create(ApiTestArticles.rockets(), URL);
        Map<String, Object> updated =
                ApiTestArticles.request(ROCKETS_TITLE + " (updated)", ROCKETS_BODY + " More to follow.", "2023-11-17");

        for (String sameUrl : new String[] {
            URL, "HTTPS://News.Example:443/world/rockets?id=42", "https://news.example/world/rockets/?id=42#comments"
        }) {
            ExtractableResponse<Response> again = post(updated, sameUrl)
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(id))
                    .body("title", equalTo(ROCKETS_TITLE))
                    .body("url", equalTo(URL))
                    .body("claims", hasSize(2))
                    .body(
                            "notes",
                            contains("An article with the same address was stored before, as article " + id
                                    + "; nothing new was stored."))
                    .extract();
            assertThat(again.header("Location")).endsWith("/api/articles/" + id);
            assertThat(again.header("Content-Location")).isEqualTo(again.header("Location"));
        }
        assertThat(count("select count(*) from article")).isEqualTo(1);
        assertThat(count("select count(*) from claim")).isEqualTo(2);
    }

    @Test
    void theSameTextAtAnotherAddressOrWithoutOneAnswersWithTheStoredArticle() {
        int id = create(ApiTestArticles.rockets(), URL);
        String asHtml = "<p>" + ROCKETS_BODY.replace("\n", "</p>\n<p>") + "</p>";

        for (Map<String, Object> copy : List.of(
                ApiTestArticles.request(ROCKETS_TITLE, ROCKETS_BODY, "2023-11-16"),
                ApiTestArticles.request(
                        ROCKETS_TITLE.toUpperCase(), "  " + ROCKETS_BODY.replace(" ", "  "), "2023-11-16"),
                ApiTestArticles.request(ROCKETS_TITLE, asHtml, "2023-11-18"))) {
            post(copy, "https://mirror.example/rockets")
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(id))
                    .body("url", equalTo(URL))
                    .body(
                            "notes[0]",
                            equalTo("An article with the same title and text was stored before, as article " + id
                                    + "; nothing new was stored."));
        }
        assertThat(count("select count(*) from article")).isEqualTo(1);
        assertThat(count("select count(*) from claim_mention")).isEqualTo(2);
    }

    @Test
    void anotherQueryOrOtherWordsAreAnotherArticle() {
        int first = create(ApiTestArticles.request("Quiet day", "Nothing happened.", "2024-01-05"), URL);
        int otherQuery = create(
                ApiTestArticles.request("Quiet day, part two", "Nothing happened again.", "2024-01-06"),
                "https://news.example/world/rockets?id=43");
        int otherWords = create(ApiTestArticles.request("Quiet day", "Nothing happened at all.", "2024-01-05"), null);

        assertThat(List.of(first, otherQuery, otherWords)).doesNotHaveDuplicates();
        given().when().get("/api/articles/" + first).then().statusCode(200).body("notes", empty());
        assertThat(count("select count(*) from article")).isEqualTo(3);
    }

    private static int create(Map<String, Object> article, String url) {
        ExtractableResponse<Response> created =
                post(article, url).then().statusCode(201).body("notes", empty()).extract();
        return created.path("id");
    }

    private static Response post(Map<String, Object> article, String url) {
        Map<String, Object> request = new java.util.LinkedHashMap<>(article);
        if (url != null) {
            request.put("url", url);
        }
        return given().contentType(ContentType.JSON).body(request).when().post("/api/articles");
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** Runs {@code task} on {@code n} threads released at the same moment, and returns what each returned. */
    private static <T> List<T> atOnce(int n, java.util.concurrent.Callable<T> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(90, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
