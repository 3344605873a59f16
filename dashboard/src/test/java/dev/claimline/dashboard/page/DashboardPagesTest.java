package dev.claimline.dashboard.page;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.denial;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.claimline.extraction.Article;
import dev.claimline.persistence.service.IngestService;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import dev.claimline.persistence.view.StoredArticle;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class DashboardPagesTest {
    private static final String TITLE = "Pyongyang rejects <b>launch</b> claims";
    private static final String BODY = "On Monday the White House said North Korea had shipped missiles abroad.\n"
            + "Pyongyang called the report a baseless fabrication on Wednesday.";

    @Inject
    IngestService ingest;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    private StoredArticle article;

    @BeforeEach
    void storeOneArticle() {
        TestDatabase.clear(entityManager);
        claimSource.script(
                TITLE,
                List.of(
                        allegation(
                                BODY,
                                "North Korea had shipped missiles abroad",
                                "US",
                                "the White House",
                                "2024-05-06",
                                "KP"),
                        denial(
                                BODY,
                                "called the report a baseless fabrication",
                                "KP",
                                "Pyongyang",
                                "2024-05-08",
                                "US",
                                "KP")));
        article = ingest.ingest(
                new Article(TITLE, BODY, LocalDate.of(2024, 5, 9), "https://news.example/kp", "Example News", "en"));
    }

    @Test
    void homeListsEachPairWithCountsAndDates() {
        String html = given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();

        assertThat(html)
                .contains("<a href=\"/dyads/KP/US\">North Korea – United States</a>")
                .contains("<td class=\"num\">1</td>")
                .contains("<time datetime=\"2024-05-06\">2024-05-06</time>")
                .contains("<time datetime=\"2024-05-08\">2024-05-08</time>")
                .contains("href=\"/claimline.css\"");
    }

    @Test
    void homeSaysSoWhenThereAreNoClaims() {
        TestDatabase.clear(entityManager);

        given().when().get("/").then().statusCode(200).body(containsString("No claims between countries yet"));
    }

    @Test
    void pairPageListsItsClaimsInDateOrderWithEvidenceAndSource() {
        for (String path : List.of("/dyads/US/KP", "/dyads/KP/US", "/dyads/us/kp")) {
            String html =
                    given().when().get(path).then().statusCode(200).extract().asString();

            int allegation = html.indexOf("North Korea had shipped missiles abroad");
            int denial = html.indexOf("called the report a baseless fabrication");
            assertThat(allegation).as(path).isPositive().isLessThan(denial);
            assertThat(html)
                    .contains("Allegation", "Denial", "the White House", "Pyongyang", "Answering")
                    .contains("<a href=\"/articles/" + article.id() + "\">")
                    .as("titles are escaped")
                    .contains("Pyongyang rejects &lt;b&gt;launch&lt;/b&gt; claims")
                    .doesNotContain("<b>launch</b>");
        }
    }

    @Test
    void pairWithoutClaimsSaysSo() {
        given().when()
                .get("/dyads/RU/US")
                .then()
                .statusCode(200)
                .body(containsString("No allegations or denials between Russia and United States yet"));
    }

    @Test
    void articlePageShowsTheArticleAndItsClaims() {
        given().when()
                .get("/articles/" + article.id())
                .then()
                .statusCode(200)
                .body(containsString("<h1>Pyongyang rejects &lt;b&gt;launch&lt;/b&gt; claims</h1>"))
                .body(containsString("2024-05-09"))
                .body(containsString("Example News"))
                .body(containsString("href=\"https://news.example/kp\""))
                .body(containsString("Pyongyang called the report a baseless fabrication on Wednesday."))
                .body(containsString("Defending"))
                .body(not(containsString("From <a href")));
    }

    @Test
    void unknownPagesAreHtmlNotFoundPages() {
        for (String path : List.of("/dyads/XX/US", "/dyads/US/US", "/articles/999999", "/articles/abc")) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType(containsString("text/html"))
                    .body(containsString("<h1>Not found</h1>"));
        }
        given().when().get("/dyads/XX/US").then().body(containsString("No country or organisation has the code XX."));
    }

    @Test
    void servesItsOwnStylesheet() {
        given().when()
                .get("/claimline.css")
                .then()
                .statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString("article.claim"));
    }
}
