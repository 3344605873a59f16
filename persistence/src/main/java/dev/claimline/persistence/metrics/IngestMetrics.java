package dev.claimline.persistence.metrics;

import dev.claimline.extraction.ClaimType;
import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.extraction.ExtractionResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Claimline's own meters, published in Prometheus format at {@code /q/metrics}:
 *
 * <ul>
 *   <li>{@code claimline_articles_ingested_total}: articles stored;
 *   <li>{@code claimline_claims_ingested_total{type="ALLEGATION|DENIAL|OTHER"}}: the claims found in them, counting a
 *       report that was merged into a statement stored before as well;
 *   <li>{@code claimline_ingest_retries_total}: transactions storing an article that PostgreSQL aborted for a deadlock
 *       or serialization failure with concurrent ones, and that were run again;
 *   <li>{@code claimline_extraction_seconds}: how long extraction took per stored article, a histogram with buckets
 *       from 1 ms to 2.5 s ({@code _bucket}, {@code _count}, {@code _sum}, {@code _max}).
 * </ul>
 *
 * Each replica counts what it stored itself; sum over the pods for the whole service. Created at startup, so that every
 * meter is published at zero before the first article arrives (a series that appears only later breaks rate queries).
 */
@Startup
@Singleton
public class IngestMetrics {
    static final String ARTICLES = "claimline.articles.ingested";
    static final String CLAIMS = "claimline.claims.ingested";
    static final String EXTRACTION = "claimline.extraction";
    static final String RETRIES = "claimline.ingest.retries";

    private static final Duration[] EXTRACTION_BUCKETS = {
        Duration.ofMillis(1),
        Duration.ofMillis(2),
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500)
    };

    private final Counter articles;
    private final Map<ClaimType, Counter> claims = new EnumMap<>(ClaimType.class);
    private final Timer extraction;
    private final Counter retries;

    /** Registers with the application's registry, or (where there is none, as in this module's tests) one of its own. */
    @Inject
    public IngestMetrics(Instance<MeterRegistry> registries) {
        this(registries.isResolvable() ? registries.get() : new SimpleMeterRegistry());
    }

    IngestMetrics(MeterRegistry registry) {
        articles = Counter.builder(ARTICLES)
                .description("Articles stored with their claims")
                .register(registry);
        // Every type from the start, so that a type nothing has been found of yet reads 0 instead of missing.
        for (ClaimType type : ClaimType.values()) {
            claims.put(
                    type,
                    Counter.builder(CLAIMS)
                            .description("Claims found in stored articles, by type")
                            .tag("type", type.name())
                            .register(registry));
        }
        retries = Counter.builder(RETRIES)
                .description("Transactions storing an article that conflicted with concurrent ones and were run again")
                .register(registry);
        extraction = Timer.builder(EXTRACTION)
                .description("Time to extract the claims of an article that is then stored")
                .serviceLevelObjectives(EXTRACTION_BUCKETS)
                .register(registry);
    }

    /** Runs {@code extraction} and records how long it took. */
    public ExtractionResult timeExtraction(Supplier<ExtractionResult> extraction) {
        return this.extraction.record(extraction);
    }

    /** Counts a transaction storing an article that is run again after conflicting with concurrent ones. */
    public void retried() {
        retries.increment();
    }

    /** Counts an article stored with the claims of {@code result}. */
    public void ingested(ExtractionResult result) {
        articles.increment();
        for (ExtractedClaim claim : result.claims()) {
            claims.get(claim.type()).increment();
        }
    }
}
