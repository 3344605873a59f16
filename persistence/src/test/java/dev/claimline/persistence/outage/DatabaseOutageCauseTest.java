package dev.claimline.persistence.outage;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures mean "the database is unavailable, try again" (503) and which are errors of their own (500). */
class DatabaseOutageCauseTest {
    @Test
    void aRefusedOrBrokenConnectionIsAnOutageHoweverDeepItIsWrapped() {
        PSQLException refused =
                new PSQLException("Connection to localhost:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertThat(DatabaseOutage.isCauseOf(refused)).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new JDBCConnectionException("Unable to acquire JDBC Connection", refused)))
                .isTrue();
        assertThat(DatabaseOutage.isCauseOf(new PersistenceException(new GenericJDBCException(
                        "could not execute statement", new SQLException("I/O error", "08006")))))
                .isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("This connection has been closed.", "08003")))
                .isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingIsAnOutage() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "53300"}) {
            assertThat(DatabaseOutage.isCauseOf(
                            new GenericJDBCException("JDBC exception executing SQL", new SQLException("FATAL", state))))
                    .as(state)
                    .isTrue();
        }
    }

    @Test
    void noConnectionWithinThePoolsAcquisitionTimeoutIsAnOutage() {
        SQLException agroal =
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException());
        assertThat(DatabaseOutage.isCauseOf(new GenericJDBCException("Unable to acquire JDBC Connection", agroal)))
                .isTrue();
    }

    @Test
    void aCommitThatFailedOnALostConnectionIsAnOutage() {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseOutage.isCauseOf(new QuarkusTransactionException(rollback)))
                .isTrue();
    }

    @Test
    void aFailedBatchIsAnOutageWhenItsStatementLostTheConnection() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0], null);
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseOutage.isCauseOf(new GenericJDBCException("could not execute batch", batch)))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        assertThat(DatabaseOutage.isCauseOf(new ConstraintViolationException(
                        "duplicate key", new SQLException("duplicate key value", "23505"), "article_url_key")))
                .isFalse();
        assertThat(DatabaseOutage.isCauseOf(new PersistenceException(new SQLException("syntax error", "42601"))))
                .isFalse();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(null)).isFalse();
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(DatabaseOutage.isCauseOf(first)).isFalse();
    }
}
