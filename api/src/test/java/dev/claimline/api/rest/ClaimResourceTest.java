package dev.claimline.api.rest;

import static dev.claimline.api.ApiTestArticles.PIPELINE_DENIAL;
import static dev.claimline.api.ApiTestArticles.ROCKETS_ALLEGATION;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ClaimResourceTest {
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
    void listsAllClaimsNewestStatementFirstUndatedLast() {
        given().when()
                .get("/api/claims")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("total", equalTo(4))
                .body("items.date", contains("2023-11-15", "2023-11-13", "2023-10", null));
    }

    @Test
    void filtersByCountryInAnyRole() {
        given().queryParam("country", "kp")
                .when()
                .get("/api/claims")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.claimant.code", contains("KP", "US"));
        given().queryParam("country", "RU")
                .when()
                .get("/api/claims")
                .then()
                .body("total", equalTo(3))
                .body("items.evidence.text", hasSize(3));
    }

    @Test
    void filtersByTypeAndDateRange() {
        given().queryParam("type", "DENIAL")
                .when()
                .get("/api/claims")
                .then()
                .body("items.evidence.text", containsInAnyOrder(PIPELINE_DENIAL, ApiTestArticles.ROCKETS_DENIAL));
        given().queryParam("type", "allegation")
                .queryParam("from", "2023-11")
                .queryParam("to", "2023-11-13")
                .when()
                .get("/api/claims")
                .then()
                .statusCode(200)
                .body("items.evidence.text", contains(ROCKETS_ALLEGATION));
        given().queryParam("to", "2023-10").when().get("/api/claims").then().body("items.date", contains("2023-10"));
    }

    @Test
    void pagesClaims() {
        given().queryParam("page", 1)
                .queryParam("size", 3)
                .when()
                .get("/api/claims")
                .then()
                .body("page", equalTo(1))
                .body("size", equalTo(3))
                .body("total", equalTo(4))
                .body("items", hasSize(1));
    }

    @Test
    void returnsOneClaimById() {
        int id = given().queryParam("type", "ALLEGATION")
                .queryParam("country", "KP")
                .when()
                .get("/api/claims")
                .then()
                .extract()
                .path("items[0].id");

        given().when()
                .get("/api/claims/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("type", equalTo("ALLEGATION"))
                .body("evidence.text", equalTo(ROCKETS_ALLEGATION));
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
