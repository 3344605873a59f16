package dev.claimline.persistence.service;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.Article;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import dev.claimline.persistence.view.Ingested;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An article whose transaction PostgreSQL aborts to break a deadlock is stored all the same, once: the ingest runs it
 * again. The deadlock is a real one, made on purpose by a second connection that holds the lock the ingest's triggers
 * need and then asks for a lock the ingest holds.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class IngestRetryTest {
    /** The namespace of the pair locks that the V3 triggers take (dyad_refresh). */
    private static final int PAIR_LOCKS = 1129074770;

    private static final String TITLE = "Lithuania says Belarus pushes migrants over the border";
    private static final String BODY = "Lithuania's interior ministry said on Monday that Belarus had pushed hundreds"
            + " of migrants across the border near Druskininkai.";
    private static final String EVIDENCE =
            "Belarus had pushed hundreds of migrants across the border near Druskininkai";

    @Inject
    IngestService ingest;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Test
    void anArticleAbortedToBreakADeadlockIsStoredOnceAllTheSame() throws Exception {
        TestDatabase.clear(entityManager);
        claimSource.script(
                TITLE, List.of(allegation(BODY, EVIDENCE, "LT", "Lithuania's interior ministry", "2024-03-04", "BY")));
        Article article = new Article(TITLE, BODY, LocalDate.parse("2024-03-05"), null, "Test Wire", null);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection();
                Connection watcher = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                // This side never breaks the deadlock: PostgreSQL aborts the ingest's transaction instead.
                statement.execute("set local deadlock_timeout = '60s'");
                statement.execute("select pg_advisory_xact_lock(" + PAIR_LOCKS + ", hashtext('BY/LT'))");
            }
            Future<Ingested> stored = thread.submit(() -> ingest.submit(article));
            awaitWaitingFor(watcher, PAIR_LOCKS);
            try (Statement statement = other.createStatement()) {
                // The ingest holds the actor locks of Belarus and Lithuania and waits for the pair: a cycle.
                statement.execute("select pg_advisory_xact_lock(" + StatementLocks.NAMESPACE + ", "
                        + StatementLocks.key("BY") + ")");
            }
            other.commit();

            Ingested ingested = stored.get(60, TimeUnit.SECONDS);
            assertThat(ingested.created()).isTrue();
            assertThat(ingested.article().claims()).hasSize(1);
            assertThat(count(watcher, "select count(*) from article")).isEqualTo(1);
            assertThat(count(watcher, "select count(*) from claim")).isEqualTo(1);
            assertThat(count(watcher, "select count(*) from claim_mention")).isEqualTo(1);
            assertThat(count(watcher, "select allegations from dyad where a_code = 'BY' and b_code = 'LT'"))
                    .isEqualTo(1);
        } finally {
            thread.shutdownNow();
        }
    }

    /** Waits until some transaction waits for an advisory lock in {@code namespace}. */
    private static void awaitWaitingFor(Connection watcher, int namespace) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count(
                        watcher,
                        "select count(*) from pg_locks where locktype = 'advisory' and not granted" + " and classid = "
                                + namespace)
                == 0) {
            assertThat(System.nanoTime())
                    .as("the ingest waits for the pair lock")
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getLong(1);
        }
    }
}
