package dev.claimline.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.claimline.api.ApiTestArticles;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Articles in other languages are stored with their language and without claims, and the answer says why. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class LanguagesTest {
    private static final String RUSSIAN_TITLE = "Москва отвергла обвинения Вашингтона";
    private static final String RUSSIAN_BODY = "Министерство иностранных дел России в понедельник отвергло обвинения"
            + " Вашингтона в поставках оружия Северной Корее. Это ложь, заявил представитель министерства.";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(entityManager);
    }

    @Test
    void anArticleInRussianIsStoredWithItsLanguageAndWithoutClaims() {
        int id = given().contentType(ContentType.JSON)
                .body(ApiTestArticles.request(RUSSIAN_TITLE, RUSSIAN_BODY, "2024-03-05"))
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body("language", equalTo("ru"))
                .body("claims", empty())
                .body(
                        "notes",
                        contains("The text is in Russian (ru); Claimline reads claims in English only, so none were"
                                + " extracted."))
                .extract()
                .path("id");

        given().when()
                .get("/api/articles/" + id)
                .then()
                .statusCode(200)
                .body("language", equalTo("ru"))
                .body("body", equalTo(RUSSIAN_BODY))
                .body("notes", empty());
    }

    @Test
    void extractionSaysTheSameWithoutStoring() {
        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.request(
                        "Paris accuse Moscou",
                        "<p>La France a accusé lundi la Russie de mener des cyberattaques contre ses hôpitaux.</p>"
                                + "<p>Moscou a démenti ces accusations.</p>",
                        "2024-03-05"))
                .when()
                .post("/api/extract")
                .then()
                .statusCode(200)
                .body("language", equalTo("fr"))
                .body("claims", empty())
                .body(
                        "notes[0]",
                        equalTo("The text is in French (fr); Claimline reads claims in English only, so none"
                                + " were extracted."));
    }

    @Test
    void anArticleMarkedAsAnotherLanguageIsNotRead() {
        Map<String, Object> request = ApiTestArticles.request(
                "Washington accuses Moscow",
                "The United States accused Russia on Monday of shipping rockets to North Korea.",
                "2024-03-05");
        request.put("language", "es");

        given().contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body("language", equalTo("es"))
                .body("claims", empty())
                .body(
                        "notes[0]",
                        equalTo("The article is marked as written in Spanish (es); Claimline reads claims in"
                                + " English only, so none were extracted."));
    }

    @Test
    void anEnglishArticleQuotingFrenchIsReadAsEnglish() {
        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.request(
                        "France accuses Russia of hacking hospitals",
                        "France accused Russia on Monday of carrying out cyberattacks on French hospitals. \"Nous ne"
                                + " laisserons pas faire cela, la Russie doit cesser ses attaques\", President Emmanuel"
                                + " Macron told reporters in Paris.",
                        "2024-03-05"))
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body("language", equalTo("en"))
                .body("notes", empty())
                .body("claims", not(empty()))
                .body("claims[0].claimant.code", equalTo("FR"));
    }
}
