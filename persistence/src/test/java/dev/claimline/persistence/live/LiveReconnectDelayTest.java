package dev.claimline.persistence.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pause before the listener connects again grows after each failure, up to the configured maximum. */
class LiveReconnectDelayTest {
    @Test
    void thePauseDoublesUpToTheMaximum() {
        LiveClaims live = live(Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(live.nextDelay(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(2));
        assertThat(live.nextDelay(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(4));
        assertThat(live.nextDelay(Duration.ofSeconds(4))).isEqualTo(Duration.ofSeconds(5));
        assertThat(live.nextDelay(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aMaximumBelowTheFirstPauseKeepsTheFirstPause() {
        LiveClaims live = live(Duration.ofSeconds(2), Duration.ofMillis(500));

        assertThat(live.nextDelay(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
    }

    private static LiveClaims live(Duration reconnect, Duration max) {
        LiveConfig config = new LiveConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Duration reconnectDelay() {
                return reconnect;
            }

            @Override
            public Duration maxReconnectDelay() {
                return max;
            }

            @Override
            public Duration checkInterval() {
                return Duration.ofSeconds(30);
            }
        };
        return new LiveClaims(config, null, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
