package dev.claimline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole path through the real extraction engine. Asserts only what does not depend on how well the engine reads:
 * the article is stored, can be fetched again, and every claim it got has the documented shape.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class EndToEndTest {
    private static final String BODY = "Officials in Oslo accused a neighbouring state of jamming GPS signals near the"
            + " border on Tuesday. The neighbour's embassy called the accusation absurd.";

    @Test
    void postedArticleIsStoredAndCanBeReadBack() {
        Map<String, Object> request = ApiTestArticles.request("Jamming row at the northern border", BODY, "2024-03-14");
        request.put("source", "End-to-end test");

        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .extract();
        String location = created.header("Location");
        int id = created.path("id");
        assertThat(location).endsWith("/api/articles/" + id);

        ExtractableResponse<Response> read = given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body("title", equalTo("Jamming row at the northern border"))
                .body("body", equalTo(BODY))
                .body("publishedAt", equalTo("2024-03-14"))
                .body("source", equalTo("End-to-end test"))
                .extract();

        List<Map<String, Object>> claims = read.path("claims");
        assertThat(claims).isEqualTo(created.path("claims"));
        for (Map<String, Object> claim : claims) {
            assertThat(claim)
                    .containsKeys(
                            "id",
                            "articleId",
                            "type",
                            "claimant",
                            "accused",
                            "accuser",
                            "date",
                            "evidence",
                            "confidence")
                    .containsEntry("articleId", id);
            Map<String, Object> evidence = (Map<String, Object>) claim.get("evidence");
            assertThat(BODY.substring((Integer) evidence.get("start"), (Integer) evidence.get("end")))
                    .isEqualTo(evidence.get("text"));
        }
        given().when().get("/").then().statusCode(200);
    }
}
