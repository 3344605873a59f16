package dev.claimline.api.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged application (the fast-jar, or with {@code -Pnative} the native executable) started by Quarkus with its
 * production profile against a separate PostgreSQL: what a native image must carry (gazetteer, lexicons, samples,
 * templates, reflective JSON classes) is there, and health, metrics and request ids work as operators rely on.
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PackagedApplicationIT {
    private static final String ARTICLE =
            """
            {"title": "Seoul says Pyongyang launched a drone over the border",
             "body": "South Korea accused North Korea on Tuesday of flying a drone across the border. North Korea denied the accusation on Wednesday, calling it a fabrication.",
             "publishedAt": "2024-03-06"}
            """;

    @Test
    void healthProbesAreUp() {
        for (String probe : List.of("live", "ready", "started")) {
            given().when().get("/q/health/" + probe).then().statusCode(200).body("status", equalTo("UP"));
        }
        given().when().get("/q/health/ready").then().body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void extractionFindsClaimsWithItsBundledGazetteerAndLexicons() {
        given().contentType(ContentType.JSON)
                .body(ARTICLE)
                .when()
                .post("/api/extract")
                .then()
                .statusCode(200)
                .body("claims.type", hasItem("ALLEGATION"))
                .body("claims.claimant.code", hasItem("KR"));
    }

    @Test
    void theSampleArticlesAndTheDashboardAreServed() {
        // The production profile loads the bundled samples into the empty database.
        given().when().get("/api/articles").then().statusCode(200).body("total", org.hamcrest.Matchers.greaterThan(0));
        given().when().get("/").then().statusCode(200).body(org.hamcrest.Matchers.containsString("Who accuses whom"));
        given().when().get("/claimline.css").then().statusCode(200);
        given().when()
                .get("/api/articles/999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void storingAnArticleShowsInThePrometheusMetrics() {
        String before = metrics();
        given().contentType(ContentType.JSON)
                .body(ARTICLE)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201);
        String after = metrics();

        assertThat(value(after, "claimline_articles_ingested_total"))
                .isEqualTo(value(before, "claimline_articles_ingested_total") + 1);
        assertThat(value(after, "claimline_claims_ingested_total{type=\"ALLEGATION\"}"))
                .isGreaterThan(value(before, "claimline_claims_ingested_total{type=\"ALLEGATION\"}"));
        assertThat(after).contains("claimline_claims_ingested_total{type=\"DENIAL\"}");
        assertThat(after).contains("claimline_extraction_seconds_bucket{le=\"0.01\"}");
        assertThat(after).contains("claimline_extraction_seconds_count");
        // Request latencies as a histogram, per endpoint template, and the connection pool.
        assertThat(after)
                .containsPattern(
                        "http_server_requests_seconds_bucket\\{method=\"POST\",outcome=\"SUCCESS\",status=\"201\",uri=\"/api/articles\",le=\"0.5\"}");
        assertThat(after).contains("agroal_active_count{datasource=\"default\"}");
        assertThat(after).contains("agroal_max_used_count{datasource=\"default\"}");
        assertThat(after).contains("jvm_memory_used_bytes", "process_cpu_usage", "system_cpu_usage");
    }

    @Test
    void everyResponseCarriesARequestId() {
        given().header("X-Request-Id", "trace-abc.123")
                .when()
                .get("/api/dyads")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "trace-abc.123");
        // Ids that could forge log lines are replaced.
        given().header("X-Request-Id", "bad id; INFO forged")
                .when()
                .get("/api/dyads")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().when().get("/").then().header("X-Request-Id", not(emptyOrNullString()));
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the series named exactly {@code series} (name and labels) in a Prometheus text page. */
    private static double value(String page, String series) {
        return Arrays.stream(page.split("\n"))
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line ->
                        Double.parseDouble(line.substring(series.length() + 1).trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no series " + series));
    }
}
