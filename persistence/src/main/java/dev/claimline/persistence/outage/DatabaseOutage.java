package dev.claimline.persistence.outage;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, refusing connections, cut off, or
 * every pooled connection busy for longer than the pool waits) from other errors, so that callers can answer "try
 * again shortly" instead of "something broke". Nothing of such a request was stored: each article is stored in one
 * transaction, which PostgreSQL rolls back when the connection is lost before it commits.
 *
 * <p>The failure is recognised anywhere in the cause chain, since Hibernate, Agroal and Narayana each wrap the driver's
 * exception in their own:
 *
 * <ul>
 *   <li>Hibernate's {@link JDBCConnectionException};
 *   <li>any {@link SQLException} whose SQLState is of class {@code 08} (connection exception: refused, broken, closed),
 *       {@code 57P01} (admin shutdown: the server is stopping and terminated the session), {@code 57P02} (crash
 *       shutdown), {@code 57P03} (cannot connect now: the server is starting or in recovery) or {@code 53300} (too many
 *       connections);
 *   <li>Agroal's "Acquisition timeout" {@link SQLException} (no SQLState; a {@link TimeoutException} as its cause):
 *       no connection became free or could be opened within {@code quarkus.datasource.jdbc.acquisition-timeout}.
 * </ul>
 */
public final class DatabaseOutage {
    /**
     * What {@code Retry-After} tells clients while the database is out of reach: about a readiness probe period, after
     * which a restarted database usually answers again.
     */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final String ACQUISITION_TIMEOUT = "Acquisition timeout";
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {}

    /** Whether {@code failure}, or anything in its cause chain, says that the database cannot be reached now. */
    public static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                // A failed batch reports the statement's own error as its next exception.
                for (SQLException e = sql; e != null && (e == sql || seen.add(e)); e = e.getNextException()) {
                    if (isUnavailable(e)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isUnavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
        }
        return e.getCause() instanceof TimeoutException
                || (e.getMessage() != null && e.getMessage().startsWith(ACQUISITION_TIMEOUT));
    }
}
