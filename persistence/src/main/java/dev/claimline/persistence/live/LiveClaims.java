package dev.claimline.persistence.live;

import dev.claimline.persistence.service.ClaimQueryService;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The claims stored from now on, by this replica or any other on the same database. A dedicated connection (not one of
 * the pool's) {@code LISTEN}s on {@value #CHANNEL}, where {@link ClaimNotifier} announces each stored claim by id;
 * each claim is read once and passed to every subscriber of {@link #stream()}. A lost connection is opened again,
 * waiting longer after each failure; notifications sent while it was down are not replayed.
 */
@ApplicationScoped
public class LiveClaims {
    /** The notification channel; its payload is a claim id. */
    public static final String CHANNEL = "claimline_claims";
    /** How the listening connection names itself in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "claimline-live";

    private static final int POLL_MILLIS = 500;
    /** Claims held for a subscriber that does not keep up; beyond that its stream fails and it must reconnect. */
    private static final int SUBSCRIBER_BUFFER = 512;

    private final LiveConfig config;
    private final ClaimQueryService claims;
    private final Optional<String> url;
    private final Optional<String> username;
    private final Optional<String> password;
    private final BroadcastProcessor<StoredClaim> processor = BroadcastProcessor.create();
    /** Claims are only read while someone listens. */
    private final AtomicInteger subscribers = new AtomicInteger();

    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    public LiveClaims(
            LiveConfig config,
            ClaimQueryService claims,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.config = config;
        this.claims = claims;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /**
     * Every claim stored after the subscription, as it reads once its transaction has committed. The stream is hot and
     * never ends while the application runs; it completes at shutdown.
     */
    public Multi<StoredClaim> stream() {
        return processor
                .onSubscription()
                .invoke(subscribers::incrementAndGet)
                .onTermination()
                .invoke(subscribers::decrementAndGet)
                .onOverflow()
                .buffer(SUBSCRIBER_BUFFER);
    }

    /** Whether the listening connection is up; while it is down, stored claims reach no subscriber. */
    public boolean listening() {
        return listening;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            Log.info("Live updates are off (claimline.live.enabled=false)");
            return;
        }
        if (url.isEmpty()) {
            Log.warn("Live updates are off: no quarkus.datasource.jdbc.url to listen on");
            return;
        }
        running = true;
        thread = new Thread(this::listen, "claimline-live-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Ends every open stream as soon as the service begins to shut down, so that graceful shutdown does not wait for
     * streams that never end; clients connect again, to a replica that is not shutting down. Later subscribers get an
     * ended stream at once.
     */
    void endStreams(@Observes ShutdownDelayInitiatedEvent event) {
        processor.onComplete();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(Duration.ofSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processor.onComplete();
    }

    private void listen() {
        Duration delay = config.reconnectDelay();
        while (running) {
            try (Connection opened = connect()) {
                connection = opened;
                try (Statement statement = opened.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                Log.debugf("Listening for stored claims on channel %s", CHANNEL);
                delay = config.reconnectDelay();
                receive(opened);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    break;
                }
                Log.warnf(
                        "The connection that listens for stored claims failed (%s); connecting again in %d ms",
                        e.getMessage(), delay.toMillis());
                if (!pause(delay)) {
                    break;
                }
                delay = nextDelay(delay);
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    /** Twice {@code delay}, but no more than the configured maximum (nor less than the first delay). */
    Duration nextDelay(Duration delay) {
        Duration max = config.maxReconnectDelay().compareTo(config.reconnectDelay()) < 0
                ? config.reconnectDelay()
                : config.maxReconnectDelay();
        Duration doubled = delay.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }

    private void receive(Connection opened) throws SQLException {
        PGConnection pg = opened.unwrap(PGConnection.class);
        long checkNanos = config.checkInterval().toNanos();
        long lastHeard = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            long now = System.nanoTime();
            if (notifications != null && notifications.length > 0) {
                lastHeard = now;
                for (PGNotification notification : notifications) {
                    deliver(notification.getParameter());
                }
            } else if (now - lastHeard > checkNanos) {
                if (!opened.isValid(5)) {
                    throw new SQLException("the listening connection no longer answers");
                }
                lastHeard = now;
            }
        }
    }

    private void deliver(String payload) {
        long id;
        try {
            id = Long.parseLong(payload.strip());
        } catch (NumberFormatException e) {
            Log.warnf("Ignoring a notification on %s that is not a claim id: %s", CHANNEL, payload);
            return;
        }
        if (subscribers.get() == 0) {
            return;
        }
        // Read without a transaction: each statement lets go of its locks at once, so that a reader never holds up
        // (or deadlocks with) a writer.
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            claims.byId(id)
                    .ifPresentOrElse(
                            processor::onNext, () -> Log.debugf("Claim %d was announced but is gone already", id));
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not read the announced claim %d", id);
        } finally {
            requestContext.terminate();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        Connection opened = new org.postgresql.Driver().connect(url.orElseThrow(), properties);
        if (opened == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + url.orElseThrow());
        }
        opened.setAutoCommit(true);
        return opened;
    }

    private boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
