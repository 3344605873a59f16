package dev.claimline.persistence.outage;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a transaction that PostgreSQL aborted only because of concurrent ones from other errors: a deadlock it broke
 * ({@code 40P01}) or a serialization failure ({@code 40001}). Nothing of the aborted transaction was kept, and the same
 * work run again in a new transaction normally succeeds, so such a failure is retried rather than reported.
 *
 * <p>Recognised anywhere in the cause chain (Hibernate's {@code LockAcquisitionException}, Narayana's rollback and
 * Quarkus's transaction exception each wrap the driver's), including a batch's next exceptions.
 */
public final class TransientConflict {
    /** {@code 40P01} deadlock detected, {@code 40001} serialization failure. */
    private static final Set<String> STATES = Set.of("40P01", "40001");

    private TransientConflict() {}

    /** What {@code Retry-After} tells a client whose write kept conflicting: the others are done within a second. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    /** Whether {@code failure}, or anything in its cause chain, is a deadlock or serialization failure. */
    public static boolean isCauseOf(Throwable failure) {
        return find(failure).isPresent();
    }

    /** What PostgreSQL said, for a log line: the SQLState and the first line of the message, or the failure itself. */
    public static String describe(Throwable failure) {
        return find(failure)
                .map(e -> e.getSQLState() + " "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""))
                .orElseGet(failure::toString);
    }

    private static Optional<SQLException> find(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null && (e == sql || seen.add(e)); e = e.getNextException()) {
                    if (e.getSQLState() != null && STATES.contains(e.getSQLState())) {
                        return Optional.of(e);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
