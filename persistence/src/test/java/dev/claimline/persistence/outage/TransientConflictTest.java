package dev.claimline.persistence.outage;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/** Which failures are worth running the transaction again: deadlocks and serialization failures, nothing else. */
class TransientConflictTest {
    @Test
    void aDeadlockOrSerializationFailureIsTransientHoweverDeepItIsWrapped() {
        SQLException deadlock = new SQLException("ERROR: deadlock detected", "40P01");
        assertThat(TransientConflict.isCauseOf(new PersistenceException(
                        new LockAcquisitionException("could not execute statement", deadlock))))
                .isTrue();
        assertThat(TransientConflict.describe(new PersistenceException(deadlock)))
                .as("what the retry's log line says")
                .isEqualTo("40P01 ERROR: deadlock detected");
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new SQLException("could not serialize access", "40001"));
        assertThat(TransientConflict.isCauseOf(new QuarkusTransactionException(rollback)))
                .isTrue();
    }

    @Test
    void aBatchReportsTheConflictAsItsNextException() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "", new int[0]);
        batch.setNextException(new SQLException("ERROR: deadlock detected", "40P01"));
        assertThat(TransientConflict.isCauseOf(batch)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAndOutagesAreNot() {
        assertThat(TransientConflict.isCauseOf(new ConstraintViolationException(
                        "duplicate key", new SQLException("duplicate key value", "23505"), "article_url_key")))
                .isFalse();
        assertThat(TransientConflict.isCauseOf(new SQLException("I/O error", "08006")))
                .isFalse();
        assertThat(TransientConflict.isCauseOf(new SQLException("no state"))).isFalse();
        assertThat(TransientConflict.isCauseOf(new IllegalStateException("bug")))
                .isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        SQLException first = new SQLException("first", "23505");
        SQLException second = new SQLException("second", "22001", first);
        first.initCause(second);
        assertThat(TransientConflict.isCauseOf(first)).isFalse();
    }
}
