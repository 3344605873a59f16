package dev.claimline.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The bundled sample articles. (The embedded database's {@code claimline.embedded.data-dir} is read before the
 * application exists, by {@link dev.claimline.api.ClaimlineMain}.)
 */
@ConfigMapping(prefix = "claimline.samples")
public interface SamplesConfig {
    /**
     * Whether an empty database gets the bundled sample articles at startup, so that a first run has timelines to show
     * ({@code CLAIMLINE_SAMPLES_ENABLED}).
     */
    @WithDefault("true")
    boolean enabled();
}
