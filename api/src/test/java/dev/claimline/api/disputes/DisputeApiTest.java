package dev.claimline.api.disputes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checks of issue 4 through the HTTP API and the real extraction engine: links within an article and across
 * articles in both orders of arrival, reports of one statement merged in either order and at the same moment, and
 * disputes.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class DisputeApiTest {
    @Inject
    EntityManager entityManager;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(entityManager);
    }

    @Test
    void aDenialIsLinkedBothWaysToTheAllegationItsArticleReports() {
        JsonPath article = post(DisputeArticles.drones());

        Map<String, Object> denial = only(article, "DENIAL", "IR");
        Map<String, Object> allegation = only(article, "ALLEGATION", "US");
        assertThat(allegation.get("topic")).isEqualTo("ARMS_TRANSFERS");
        assertThat(denial.get("respondsTo")).isEqualTo(List.of(allegation.get("id")));
        assertThat(allegation.get("answeredBy")).isEqualTo(List.of(denial.get("id")));
        given().get("/api/claims/" + allegation.get("id"))
                .then()
                .statusCode(200)
                .body("answeredBy", contains(denial.get("id")))
                .body("cameo", equalTo("112"))
                .body("plover", equalTo("ACCUSE"));
        given().get("/api/claims/" + denial.get("id"))
                .then()
                .body("respondsTo", contains(allegation.get("id")))
                .body("cameo", equalTo("016"))
                .body("plover", equalTo("REJECT"));
    }

    @Test
    void aDisputeHoldsTheAllegationItsDenialAndTheCounterAllegation() {
        JsonPath article = post(DisputeArticles.drones());
        Object allegationId = only(article, "ALLEGATION", "US").get("id");
        Object denialId = only(article, "DENIAL", "IR").get("id");
        Object counterId = only(article, "ALLEGATION", "IR").get("id");

        given().queryParam("a", "US")
                .queryParam("b", "ir")
                .get("/api/disputes")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(allegationId))
                .body("[0].parties", contains("US", "IR", "RU"))
                .body("[0].topic", equalTo("ARMS_TRANSFERS"))
                .body("[0].status", equalTo("ANSWERED"))
                .body("[0].opened", equalTo("2022-10"))
                .body("[0].lastActivity", equalTo("2022-10-19"))
                .body("[0].claims.id", contains(allegationId, denialId, counterId));
        given().get("/api/disputes/" + allegationId)
                .then()
                .statusCode(200)
                .body("claims.type", contains("ALLEGATION", "DENIAL", "ALLEGATION"));
        given().queryParam("topic", "arms transfers")
                .queryParam("from", "2022-10")
                .queryParam("to", "2022-10-31")
                .get("/api/disputes")
                .then()
                .body("id", contains(allegationId));
        given().queryParam("topic", "TRADE").get("/api/disputes").then().body("", empty());
        given().queryParam("from", "2022-11").get("/api/disputes").then().body("", empty());
    }

    @Test
    void disputeErrorsAreProblemDetails() {
        JsonPath article = post(DisputeArticles.drones());
        Object denialId = only(article, "DENIAL", "IR").get("id");

        given().get("/api/disputes/" + denialId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("has the id of the allegation"));
        given().queryParam("topic", "weather")
                .get("/api/disputes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("topic must be one of ARMS_TRANSFERS"));
        given().queryParam("a", "US")
                .queryParam("b", "US")
                .get("/api/disputes")
                .then()
                .statusCode(400);
        given().queryParam("a", "XX").get("/api/disputes").then().statusCode(400);
        given().queryParam("from", "2022-12")
                .queryParam("to", "2022-01")
                .get("/api/disputes")
                .then()
                .statusCode(400);
        given().queryParam("topic", "weather").get("/api/claims").then().statusCode(400);
    }

    @Test
    void twoReportsOfOneStatementAreOneClaimWithTwoMentionsInEitherOrder() {
        for (boolean wireFirst : new boolean[] {true, false}) {
            TestDatabase.clear(entityManager);
            post(wireFirst ? DisputeArticles.wire() : DisputeArticles.paper());
            post(wireFirst ? DisputeArticles.paper() : DisputeArticles.wire());

            assertOneClaimWithTwoMentions();
        }
    }

    @Test
    void twoReportsPostedAtTheSameMomentAreOneClaim() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                TestDatabase.clear(entityManager);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<JsonPath>> posts = List.of(
                        threads.submit(() -> {
                            go.await();
                            return post(DisputeArticles.wire());
                        }),
                        threads.submit(() -> {
                            go.await();
                            return post(DisputeArticles.paper());
                        }));
                go.countDown();
                for (Future<JsonPath> posted : posts) {
                    posted.get(60, TimeUnit.SECONDS);
                }

                assertOneClaimWithTwoMentions();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aDenialAWeekAfterTheAllegationIsLinkedWhicheverArrivesFirst() {
        for (boolean allegationFirst : new boolean[] {true, false}) {
            TestDatabase.clear(entityManager);
            JsonPath first = post(allegationFirst ? DisputeArticles.wire() : DisputeArticles.answer("2025-02-13"));
            JsonPath second = post(allegationFirst ? DisputeArticles.answer("2025-02-13") : DisputeArticles.wire());
            JsonPath wire = allegationFirst ? first : second;
            JsonPath answer = allegationFirst ? second : first;

            Map<String, Object> allegation = only(wire, "ALLEGATION", "NO");
            Map<String, Object> denial = only(answer, "DENIAL", "RU");
            assertThat(denial.get("topic")).isEqualTo("INCURSION");
            given().get("/api/claims/" + denial.get("id")).then().body("respondsTo", contains(allegation.get("id")));
            given().get("/api/claims/" + allegation.get("id")).then().body("answeredBy", contains(denial.get("id")));
            given().queryParam("a", "NO")
                    .get("/api/disputes")
                    .then()
                    .body("status", contains("ANSWERED"))
                    .body("[0].claims.type", contains("ALLEGATION", "DENIAL"));
        }
    }

    @Test
    void aDenialBeforeTheAllegationOrAfterTheWindowIsNotLinked() {
        post(DisputeArticles.wire());
        JsonPath early = post(DisputeArticles.answer("2025-01-30"));
        JsonPath late = post(DisputeArticles.answerAgain("2025-06-05"));

        assertThat(only(early, "DENIAL", "RU").get("respondsTo")).isEqualTo(List.of());
        assertThat(only(late, "DENIAL", "RU").get("respondsTo")).isEqualTo(List.of());
        given().queryParam("a", "NO").get("/api/disputes").then().body("status", contains("UNANSWERED"));
    }

    private static void assertOneClaimWithTwoMentions() {
        given().queryParam("country", "NO")
                .queryParam("topic", "INCURSION")
                .get("/api/claims")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].type", equalTo("ALLEGATION"))
                .body("items[0].date", equalTo("2025-02-04"))
                .body("items[0].mentionCount", equalTo(2))
                .body("items[0].mentions.source", containsInAnyOrder("Example Wire", "The Daily Example"))
                .body(
                        "items[0].mentions.url",
                        containsInAnyOrder(
                                "https://wire.example/norway-russia-jets", "https://paper.example/oslo-summons-envoy"));
        given().get("/api/articles").then().body("items.claimCount", contains(1, 1));
    }

    private static JsonPath post(Map<String, Object> article) {
        return given().contentType(ContentType.JSON)
                .body(article)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** The one claim of the article with this type and claimant. */
    private static Map<String, Object> only(JsonPath article, String type, String claimant) {
        List<Map<String, Object>> claims = article.getList("claims");
        List<Map<String, Object>> matching = claims.stream()
                .filter(c -> type.equals(c.get("type")))
                .filter(c -> claimant.equals(((Map<?, ?>) c.get("claimant")).get("code")))
                .toList();
        assertThat(matching).as("%s claims by %s in %s", type, claimant, claims).hasSize(1);
        return matching.get(0);
    }
}
