package dev.claimline.persistence.live;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.denial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimline.extraction.Article;
import dev.claimline.persistence.service.IngestService;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live-update path against the real PostgreSQL: claims stored in a committed transaction reach subscribers through
 * LISTEN/NOTIFY, whoever sent the notification, rolled-back claims never do, and a lost listening connection comes back.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class LiveClaimsTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String BODY = "Athens accused Ankara on Monday of sending jets over Lesbos."
            + " Turkey's defence ministry rejected the claim as baseless on Tuesday.";

    @Inject
    LiveClaims live;

    @Inject
    IngestService ingest;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    private final BlockingQueue<StoredClaim> received = new LinkedBlockingQueue<>();
    private Cancellable subscription;

    @BeforeEach
    void subscribe() {
        TestDatabase.clear(entityManager);
        subscription = live.stream().subscribe().with(received::add);
        awaitTrue(live::listening, "the listener is connected");
    }

    @AfterEach
    void unsubscribe() {
        subscription.cancel();
    }

    @Test
    void committedClaimsReachSubscribersWithTheirContent() throws InterruptedException {
        StoredArticle stored = ingest.ingest(article("Aegean jets"));

        List<StoredClaim> claims = take(2);
        assertThat(claims).extracting(StoredClaim::id).containsExactlyInAnyOrderElementsOf(ids(stored));
        assertThat(claims)
                .extracting(claim -> claim.evidence().text())
                .containsExactlyInAnyOrder(
                        "accused Ankara on Monday of sending jets over Lesbos", "rejected the claim as baseless");
    }

    @Test
    void aNotificationFromAnotherReplicaIsDelivered() throws Exception {
        StoredArticle stored = ingest.ingest(article("Jets seen by another replica"));
        take(2);

        long id = stored.claims().get(0).id();
        try (Connection other = dataSource.getConnection();
                Statement statement = other.createStatement()) {
            statement.execute("NOTIFY " + LiveClaims.CHANNEL + ", '" + id + "'");
        }

        assertThat(take(1)).extracting(StoredClaim::id).containsExactly(id);
    }

    @Test
    void rolledBackClaimsAreNeverAnnounced() throws InterruptedException {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    ingest.ingest(article("Jets that were never stored"));
                    QuarkusTransaction.setRollbackOnly();
                }))
                .as("the transaction was rolled back")
                .isInstanceOf(QuarkusTransactionException.class);
        StoredArticle committed = ingest.ingest(article("Jets stored after the rollback"));

        assertThat(take(2)).extracting(StoredClaim::id).containsExactlyInAnyOrderElementsOf(ids(committed));
        assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void theListenerReconnectsAfterLosingItsConnection() throws Exception {
        try (Connection admin = dataSource.getConnection();
                Statement statement = admin.createStatement();
                ResultSet killed = statement.executeQuery("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where application_name = '" + LiveClaims.APPLICATION_NAME + "'")) {
            assertThat(killed.next()).as("the listening connection was found").isTrue();
        }
        awaitTrue(() -> !live.listening(), "the listener noticed");
        awaitTrue(live::listening, "the listener is back");

        StoredArticle stored = ingest.ingest(article("Jets after a reconnect"));

        assertThat(take(2)).extracting(StoredClaim::id).containsExactlyInAnyOrderElementsOf(ids(stored));
    }

    @Test
    void somethingOtherThanAClaimIdIsIgnored() throws SQLException, InterruptedException {
        try (Connection other = dataSource.getConnection();
                Statement statement = other.createStatement()) {
            statement.execute("NOTIFY " + LiveClaims.CHANNEL + ", 'not a number'");
            statement.execute("NOTIFY " + LiveClaims.CHANNEL + ", '999999'");
        }
        StoredArticle stored = ingest.ingest(article("Jets after noise"));

        assertThat(take(2)).extracting(StoredClaim::id).containsExactlyInAnyOrderElementsOf(ids(stored));
        assertThat(live.listening()).isTrue();
    }

    private Article article(String title) {
        claimSource.script(
                title,
                List.of(
                        allegation(
                                BODY,
                                "accused Ankara on Monday of sending jets over Lesbos",
                                "GR",
                                "Athens",
                                "2024-05-06",
                                "TR"),
                        denial(
                                BODY,
                                "rejected the claim as baseless",
                                "TR",
                                "Turkey's defence ministry",
                                "2024-05-07",
                                "GR",
                                "TR")));
        return new Article(title, BODY, LocalDate.of(2024, 5, 8), null, "Test Wire", "en");
    }

    private static List<Long> ids(StoredArticle article) {
        return article.claims().stream().map(StoredClaim::id).toList();
    }

    private List<StoredClaim> take(int count) throws InterruptedException {
        List<StoredClaim> claims = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (claims.size() < count) {
            StoredClaim claim = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(claim)
                    .as("claim %d of %d within %s", claims.size() + 1, count, WAIT)
                    .isNotNull();
            claims.add(claim);
        }
        return claims;
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + WAIT).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
