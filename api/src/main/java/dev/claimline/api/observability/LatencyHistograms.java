package dev.claimline.api.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Request latencies as Prometheus histograms: {@code http_server_requests_seconds_bucket{le=...}} next to the count,
 * sum and max the HTTP binder records anyway, so that percentiles can be computed over all replicas with {@code
 * histogram_quantile}. Eleven fixed buckets from 5 ms to 10 s keep the series per endpoint few.
 */
@Singleton
public class LatencyHistograms {
    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    private static final double[] BUCKETS = Stream.of(
                    Duration.ofMillis(5),
                    Duration.ofMillis(10),
                    Duration.ofMillis(25),
                    Duration.ofMillis(50),
                    Duration.ofMillis(100),
                    Duration.ofMillis(250),
                    Duration.ofMillis(500),
                    Duration.ofSeconds(1),
                    Duration.ofMillis(2500),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(10))
            .mapToDouble(Duration::toNanos)
            .toArray();

    @Produces
    @Singleton
    MeterFilter httpServerRequestBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(BUCKETS)
                        .build()
                        .merge(config);
            }
        };
    }
}
