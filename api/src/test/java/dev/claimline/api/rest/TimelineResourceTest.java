package dev.claimline.api.rest;

import static dev.claimline.api.ApiTestArticles.PIPELINE_ALLEGATION;
import static dev.claimline.api.ApiTestArticles.PIPELINE_DENIAL;
import static dev.claimline.api.ApiTestArticles.ROCKETS_ALLEGATION;
import static dev.claimline.api.ApiTestArticles.ROCKETS_DENIAL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.claimline.api.ApiTestArticles;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/dyads} and {@code /api/timeline} over two stored articles. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class TimelineResourceTest {
    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void storeTwoArticles() {
        TestDatabase.clear(entityManager);
        ApiTestArticles.script(claimSource);
        post(ApiTestArticles.rockets());
        post(ApiTestArticles.pipeline());
    }

    @Test
    void dyadsHaveOneRowPerUnorderedPairMostClaimsFirst() {
        given().when()
                .get("/api/dyads")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].keySet()", contains("a", "b", "aName", "bName", "allegations", "denials", "first", "last"))
                .body("[0].a", equalTo("RU"))
                .body("[0].b", equalTo("US"))
                .body("[0].aName", equalTo("Russia"))
                .body("[0].bName", equalTo("United States"))
                .body("[0].allegations", equalTo(2))
                .body("[0].denials", equalTo(1))
                .body("[0].first", equalTo("2023-10"))
                .body("[0].last", equalTo("2023-11-13"))
                .body("[1].a", equalTo("KP"))
                .body("[1].b", equalTo("US"))
                .body("[1].allegations", equalTo(1))
                .body("[1].denials", equalTo(1))
                .body("[1].first", equalTo("2023-11-13"))
                .body("[1].last", equalTo("2023-11-15"));
    }

    @Test
    void timelineHasTheClaimsOfBothDirectionsInDateOrder() {
        given().queryParam("a", "US")
                .queryParam("b", "KP")
                .when()
                .get("/api/timeline")
                .then()
                .statusCode(200)
                .body("evidence.text", contains(ROCKETS_ALLEGATION, ROCKETS_DENIAL))
                .body("claimant.code", contains("US", "KP"))
                .body("date", contains("2023-11-13", "2023-11-15"))
                .body("[0].id", notNullValue())
                .body("[0].articleId", notNullValue());

        given().queryParam("a", "kp")
                .queryParam("b", "us")
                .when()
                .get("/api/timeline")
                .then()
                .body("evidence.text", contains(ROCKETS_ALLEGATION, ROCKETS_DENIAL));
    }

    @Test
    void undatedClaimsComeLast() {
        given().queryParam("a", "RU")
                .queryParam("b", "US")
                .when()
                .get("/api/timeline")
                .then()
                .body("evidence.text", contains(PIPELINE_DENIAL, ROCKETS_ALLEGATION, PIPELINE_ALLEGATION))
                .body("date", contains("2023-10", "2023-11-13", null));
    }

    @Test
    void pairWithoutClaimsHasAnEmptyTimeline() {
        given().queryParam("a", "KP")
                .queryParam("b", "RU")
                .when()
                .get("/api/timeline")
                .then()
                .statusCode(200)
                .body("$", empty());
    }

    private static void post(Map<String, Object> article) {
        given().contentType(ContentType.JSON)
                .body(article)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201);
    }
}
