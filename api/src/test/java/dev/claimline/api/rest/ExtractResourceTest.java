package dev.claimline.api.rest;

import static dev.claimline.api.ApiTestArticles.ROCKETS_ALLEGATION;
import static dev.claimline.api.ApiTestArticles.ROCKETS_BODY;
import static dev.claimline.api.ApiTestArticles.ROCKETS_DENIAL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.claimline.api.ApiTestArticles;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ExtractResourceTest {
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
    void returnsTheClaimsWithoutIdsAndStoresNothing() {
        int allegationStart = ROCKETS_BODY.indexOf(ROCKETS_ALLEGATION);

        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .when()
                .post("/api/extract")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("language", equalTo("en"))
                .body("notes", empty())
                .body("claims.type", contains("ALLEGATION", "DENIAL"))
                .body(
                        "claims[0].keySet()",
                        contains(
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
                                "ploverContext"))
                .body("claims.topic", contains("ARMS_TRANSFERS", "OTHER"))
                .body("claims.ploverContext", contains("military", null))
                .body("claims.cameo", contains("112", "016"))
                .body("claims.plover", contains("ACCUSE", "REJECT"))
                .body("claims[0]", not(hasKey("mentions")))
                .body("claims[0]", not(hasKey("id")))
                .body("claims[0]", not(hasKey("articleId")))
                .body("claims[0].claimant.mention", equalTo("The United States"))
                .body("claims[0].accused.code", contains("KP", "RU"))
                .body("claims[0].accuser", nullValue())
                .body("claims[0].date", equalTo("2023-11-13"))
                .body("claims[0].evidence.start", equalTo(allegationStart))
                .body("claims[0].evidence.end", equalTo(allegationStart + ROCKETS_ALLEGATION.length()))
                .body("claims[1].claimant.code", equalTo("KP"))
                .body("claims[1].accuser.code", equalTo("US"))
                .body("claims[1].evidence.text", equalTo(ROCKETS_DENIAL));

        given().when().get("/api/articles").then().body("total", equalTo(0));
        given().when().get("/api/claims").then().body("total", equalTo(0));
    }

    @Test
    void writesMonthDatesAndMissingDatesAsSuch() {
        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.pipeline())
                .when()
                .post("/api/extract")
                .then()
                .statusCode(200)
                .body("claims.date", contains("2023-10", null));
    }

    @Test
    void extractsWithTheRealEngineForArticlesThatAreNotScripted() {
        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.request("Unscripted", "A quiet day at the border.", "2024-01-05"))
                .when()
                .post("/api/extract")
                .then()
                .statusCode(200)
                .body("$", hasKey("claims"))
                .body("$", hasKey("language"))
                .body("$", hasKey("notes"));
    }
}
