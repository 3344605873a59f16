package dev.claimline.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Claimline's own settings, under {@code claimline.}; each can also be set as an environment variable. */
@ConfigMapping(prefix = "claimline")
public interface ClaimlineConfig {
    Samples samples();

    Embedded embedded();

    interface Samples {
        /**
         * Whether an empty database gets the bundled sample articles at startup, so that a first run has timelines to
         * show ({@code CLAIMLINE_SAMPLES_ENABLED}).
         */
        @WithDefault("true")
        boolean enabled();
    }

    interface Embedded {
        /**
         * Where the embedded PostgreSQL keeps its data when no {@code quarkus.datasource.jdbc.url} is configured;
         * relative to the working directory ({@code CLAIMLINE_EMBEDDED_DATA_DIR}).
         */
        @WithDefault(EmbeddedDefaults.DATA_DIR)
        String dataDir();
    }

    /** Defaults that are also needed before the application (and this mapping) exists. */
    final class EmbeddedDefaults {
        public static final String DATA_DIR = "data";
        public static final String DATA_DIR_PROPERTY = "claimline.embedded.data-dir";

        private EmbeddedDefaults() {}
    }
}
