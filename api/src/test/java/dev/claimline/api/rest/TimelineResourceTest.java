package dev.claimline.api.rest;

import static dev.claimline.api.ApiTestArticles.PIPELINE_ALLEGATION;
import static dev.claimline.api.ApiTestArticles.PIPELINE_DENIAL;
import static dev.claimline.api.ApiTestArticles.ROCKETS_ALLEGATION;
import static dev.claimline.api.ApiTestArticles.ROCKETS_DENIAL;
import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.denial;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.claimline.api.ApiTestArticles;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/dyads} and {@code /api/timeline} over two stored articles. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class TimelineResourceTest {
    private static final Pattern NEXT = Pattern.compile("<(/api/timeline\\?[^>]+)>; rel=\"next\"");

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
    void aSmallTimelineComesWholeWithoutALinkHeader() {
        given().queryParam("a", "RU")
                .queryParam("b", "US")
                .when()
                .get("/api/timeline")
                .then()
                .statusCode(200)
                .header("Link", nullValue())
                .body("$", hasSize(3));
    }

    @Test
    void pagesFollowTheLinkHeaderThroughEveryClaimOnceInDateOrder() {
        List<Long> stored = storeGreeceAndTurkey(23);

        List<Long> seen = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String next = "/api/timeline?a=TR&b=GR&limit=5";
        int pages = 0;
        while (next != null) {
            Response response =
                    given().when().get(next).then().statusCode(200).extract().response();
            List<Long> ids = response.jsonPath().getList("id", Long.class);
            assertThat(ids).as("page %d of %s", pages, next).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            seen.addAll(ids);
            dates.addAll(response.jsonPath().getList("date", String.class));
            next = next(response.header("Link"));
            if (next != null) {
                assertThat(next).startsWith("/api/timeline?a=TR&b=GR&limit=5&cursor=");
                assertThat(ids).hasSize(5);
            }
            pages++;
        }

        assertThat(pages).isEqualTo(5);
        assertThat(seen)
                .as("no claim twice, none left out")
                .doesNotHaveDuplicates()
                .hasSameElementsAs(stored);
        assertThat(dates.subList(0, dates.size() - 1))
                .as("by date, the undated claim last")
                .doesNotContainNull()
                .isSorted();
        assertThat(dates.get(dates.size() - 1)).isNull();
        assertThat(given().queryParam("a", "GR")
                        .queryParam("b", "TR")
                        .queryParam("limit", 1000)
                        .when()
                        .get("/api/timeline")
                        .then()
                        .header("Link", nullValue())
                        .extract()
                        .jsonPath()
                        .getList("id", Long.class))
                .as("one page of all claims lists them in the same order")
                .isEqualTo(seen);
    }

    @Test
    void aPeriodLeavesUndatedClaimsOutAndStaysInTheNextLink() {
        storeGreeceAndTurkey(23);

        Response first = given().when()
                .get("/api/timeline?a=GR&b=TR&from=2024-01-04&to=2024-01&limit=3")
                .then()
                .statusCode(200)
                .body("date", contains("2024-01-04", "2024-01-04", "2024-01-07"))
                .extract()
                .response();
        String next = next(first.header("Link"));
        assertThat(next).startsWith("/api/timeline?a=GR&b=TR&from=2024-01-04&to=2024-01&limit=3&cursor=");
        List<String> rest = new ArrayList<>();
        while (next != null) {
            Response page =
                    given().when().get(next).then().statusCode(200).extract().response();
            rest.addAll(page.jsonPath().getList("date", String.class));
            next = next(page.header("Link"));
        }
        assertThat(rest)
                .containsExactly(
                        "2024-01-07",
                        "2024-01-10",
                        "2024-01-10",
                        "2024-01-13",
                        "2024-01-13",
                        "2024-01-16",
                        "2024-01-16",
                        "2024-01-19",
                        "2024-01-19",
                        "2024-01-22",
                        "2024-01-22",
                        "2024-01-25",
                        "2024-01-25",
                        "2024-01-28",
                        "2024-01-28",
                        "2024-01-31",
                        "2024-01-31");
    }

    @Test
    void theOpenApiDocumentDescribesThePagesAndTheLinkHeader() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/timeline'.get.parameters.name", hasItems("a", "b", "from", "to", "limit", "cursor"))
                .body(
                        "paths.'/api/timeline'.get.responses.'200'.headers.Link.description",
                        containsString("rel=\"next\""))
                .body(
                        "paths.'/api/timeline'.get.responses.'200'.content.'application/json'.schema.type",
                        equalTo("array"))
                .body("paths.'/api/timeline'.get.responses.'400'", notNullValue());
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

    /**
     * {@code count} claims between Greece and Turkey in their own articles, two on each day three days apart (one made
     * by each side) from 1 January 2024, and an undated denial by Turkey; returns their ids.
     */
    private List<Long> storeGreeceAndTurkey(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean greece = i % 2 == 0;
            String date = LocalDate.of(2024, 1, 1).plusDays(3L * (i / 2)).toString();
            String title = "Airspace incident " + i;
            String evidence = (greece ? "Turkish" : "Greek") + " jets violated the airspace over island " + i;
            String body = (greece ? "Athens" : "Ankara") + " said " + evidence + ".";
            claimSource.script(
                    title,
                    List.of(allegation(
                            body,
                            evidence,
                            greece ? "GR" : "TR",
                            greece ? "Athens" : "Ankara",
                            date,
                            greece ? "TR" : "GR")));
            ids.addAll(post(ApiTestArticles.request(title, body, "2024-03-01")));
        }
        String title = "Ankara rejects every charge";
        String body = "Ankara rejected all of the Greek claims as baseless.";
        claimSource.script(
                title,
                List.of(denial(
                        body, "rejected all of the Greek claims as baseless", "TR", "Ankara", null, "GR", "TR")));
        ids.addAll(post(ApiTestArticles.request(title, body, "2024-03-02")));
        return ids;
    }

    /** The address of a {@code Link} header's {@code rel="next"}, or null when there is none. */
    private static String next(String link) {
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT.matcher(link);
        assertThat(matcher.matches()).as("Link header %s", link).isTrue();
        return matcher.group(1);
    }

    private static List<Long> post(Map<String, Object> article) {
        return given().contentType(ContentType.JSON)
                .body(article)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("claims.id", Long.class);
    }
}
