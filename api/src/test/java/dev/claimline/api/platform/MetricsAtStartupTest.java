package dev.claimline.api.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * Prometheus sees Claimline's own series from the first scrape, at zero, not only after the first article: a series
 * that appears late makes {@code rate()} and alerts on it miss the start. Its own profile, so that this application
 * instance has stored nothing when the test runs.
 */
@QuarkusTest
@TestProfile(MetricsAtStartupTest.Fresh.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class MetricsAtStartupTest {
    public static class Fresh implements QuarkusTestProfile {}

    @Test
    void ingestMetricsArePublishedAtZeroBeforeAnyArticleIsStored() {
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("claimline_articles_ingested_total 0.0"))
                .body(containsString("claimline_claims_ingested_total{type=\"DENIAL\"} 0.0"))
                .body(containsString("claimline_extraction_seconds_count 0"));
    }
}
