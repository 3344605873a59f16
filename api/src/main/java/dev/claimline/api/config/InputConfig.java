package dev.claimline.api.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what clients may send to the endpoints that take articles. */
@ConfigMapping(prefix = "claimline.input")
public interface InputConfig {
    /**
     * The largest request body {@code POST /api/articles} and {@code POST /api/extract} accept, e.g. {@code 1M} or
     * {@code 512K} ({@code CLAIMLINE_INPUT_MAX_BODY_SIZE}). Larger ones are answered with 413 before they are read.
     */
    @WithDefault("1M")
    MemorySize maxBodySize();
}
