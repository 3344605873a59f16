package dev.claimline.persistence.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Live updates: how this replica listens for claims stored by any replica. */
@ConfigMapping(prefix = "claimline.live")
public interface LiveConfig {
    /** Listen for stored claims and pass them to open pages; off, the pages simply do not update by themselves. */
    @WithDefault("true")
    boolean enabled();

    /** How long to wait after losing the listening connection before connecting again; doubled up to a minute. */
    @WithDefault("1s")
    Duration reconnectDelay();

    /** How often an idle listening connection is checked, so that a silently dropped one is noticed. */
    @WithDefault("30s")
    Duration checkInterval();
}
