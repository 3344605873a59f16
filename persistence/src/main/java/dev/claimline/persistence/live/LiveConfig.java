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

    /**
     * How long to wait after losing the listening connection before connecting again; doubled after each failed attempt,
     * up to {@link #maxReconnectDelay()}.
     */
    @WithDefault("1s")
    Duration reconnectDelay();

    /**
     * The longest wait between attempts to connect again, however long the database has been away: how late, at worst,
     * live updates resume after it is back. Never less than {@link #reconnectDelay()}.
     */
    @WithDefault("1m")
    Duration maxReconnectDelay();

    /** How often an idle listening connection is checked, so that a silently dropped one is noticed. */
    @WithDefault("30s")
    Duration checkInterval();
}
