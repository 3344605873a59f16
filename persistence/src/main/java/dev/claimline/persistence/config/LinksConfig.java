package dev.claimline.persistence.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How reports of one statement are merged and denials linked to the allegations they answer. */
@ConfigMapping(prefix = "claimline.links")
public interface LinksConfig {
    /**
     * How long after an allegation a denial reported in another article may still answer it ({@code 90d}, {@code
     * P90D}); also how long before its article an undated statement is taken to have been made. Whole days.
     */
    @WithDefault("90d")
    Duration window();

    /** {@link #window()} in whole days. */
    default int windowDays() {
        long days = window().toDays();
        if (days < 0 || days > 36_500) {
            throw new IllegalArgumentException("claimline.links.window must be between 0 and 36500 days: " + window());
        }
        return (int) days;
    }
}
