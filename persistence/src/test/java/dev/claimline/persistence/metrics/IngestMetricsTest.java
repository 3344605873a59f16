package dev.claimline.persistence.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.ClaimType;
import dev.claimline.extraction.ExtractionResult;
import dev.claimline.persistence.testing.TestClaims;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an operator reads at /q/metrics after articles are stored: articles, claims by type, extraction time. */
class IngestMetricsTest {
    private static final String BODY =
            "The United States said North Korea was shipping rockets to Russia. North Korea denied it.";

    @Test
    void countsStoredArticlesAndTheirClaimsByTypeAndTimesExtraction() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        IngestMetrics metrics = new IngestMetrics(registry);
        // Every type is there from the start, at zero.
        assertThat(registry.get(IngestMetrics.CLAIMS).counters()).hasSize(ClaimType.values().length);

        ExtractionResult result = metrics.timeExtraction(() -> new ExtractionResult(
                List.of(
                        TestClaims.allegation(
                                BODY, "North Korea was shipping rockets", "US", "The United States", null, "KP", "RU"),
                        TestClaims.denial(BODY, "denied it", "KP", "North Korea", null, "US", "KP")),
                "en",
                List.of()));
        metrics.ingested(result);
        metrics.ingested(new ExtractionResult(List.of(), "en", List.of()));

        assertThat(registry.get(IngestMetrics.ARTICLES).counter().count()).isEqualTo(2);
        assertThat(registry.get(IngestMetrics.CLAIMS)
                        .tag("type", "ALLEGATION")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get(IngestMetrics.CLAIMS)
                        .tag("type", "DENIAL")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get(IngestMetrics.CLAIMS)
                        .tag("type", "OTHER")
                        .counter()
                        .count())
                .isZero();
        assertThat(registry.get(IngestMetrics.EXTRACTION).timer().count()).isEqualTo(1);
    }
}
