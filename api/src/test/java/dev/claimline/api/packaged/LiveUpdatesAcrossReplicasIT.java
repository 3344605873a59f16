package dev.claimline.api.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimline.api.deploy.ManifestEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Live updates across replicas, with the packaged service: two replicas on one PostgreSQL, a client listening to the
 * claim stream of one, articles posted to the other. The claims reach the listener through PostgreSQL LISTEN/NOTIFY,
 * also after the database went away and came back. A replica told to stop ends its streams rather than wait for them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveUpdatesAcrossReplicasIT {
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration NOTICE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Put in the line queue when the stream has ended. */
    private static final String END = "\u0000end of stream";

    private Path work;
    private ExternalPostgres postgres;
    private ServiceProcess listening;
    private ServiceProcess storing;
    private InputStream stream;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    @BeforeAll
    void startTwoReplicas() throws IOException {
        work = Files.createTempDirectory(Path.of("target"), "live-replicas-it-").toAbsolutePath();
        postgres = ExternalPostgres.create(work.resolve("postgresql"));
        Map<String, String> environment = new LinkedHashMap<>(ManifestEnvironment.server(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(),
                "secret:claimline-db/username", ExternalPostgres.USER,
                "secret:claimline-db/password", ExternalPostgres.PASSWORD)));
        // Listen again within a second of the database's return, not after up to a minute's back-off.
        environment.put("CLAIMLINE_LIVE_MAX_RECONNECT_DELAY", "1s");
        listening =
                ServiceProcess.start("listening", environment, ExternalPostgres.freePort(), work.resolve("listening"));
        storing = ServiceProcess.start("storing", environment, ExternalPostgres.freePort(), work.resolve("storing"));
        CompletableFuture.allOf(
                        CompletableFuture.runAsync(() -> listening.awaitStatus("/q/health/ready", 200, START)),
                        CompletableFuture.runAsync(() -> storing.awaitStatus("/q/health/ready", 200, START)))
                .join();
    }

    @AfterAll
    void stopEverything() throws IOException {
        if (stream != null) {
            stream.close();
        }
        for (ServiceProcess replica : new ServiceProcess[] {listening, storing}) {
            if (replica != null) {
                replica.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void aClaimStoredByOneReplicaReachesTheStreamOfTheOther() throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + listening.port() + "/api/claims/stream"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        stream = response.body();
        Thread reader = new Thread(this::read, "claim-stream-reader");
        reader.setDaemon(true);
        reader.start();
        // The listener subscribes when the stream starts; its first line is a comment.
        assertThat(lines.poll(NOTICE.toSeconds(), TimeUnit.SECONDS)).startsWith(":");

        JsonNode claim = postAndAwaitClaim(
                "Washington says Pyongyang ships rockets to Moscow",
                "The United States said on Monday that North Korea was shipping artillery rockets to Russia.");

        assertThat(claim.path("claimant").path("code").asText()).isEqualTo("US");
        assertThat(claim.path("evidence").path("text").asText()).contains("artillery rockets");
    }

    @Test
    @Order(2)
    void claimsStillArriveAfterTheDatabaseWentAwayAndCameBack() throws Exception {
        postgres.stop();
        listening.awaitStatus("/q/health/ready", 503, NOTICE);
        // Away for longer than the back-off's first steps, so the pause between attempts has grown to its maximum.
        ServiceProcess.sleep(Duration.ofSeconds(4));
        postgres.start();
        listening.awaitStatus("/q/health/ready", 200, NOTICE);
        storing.awaitStatus("/q/health/ready", 200, NOTICE);

        // Both listening connections come back on their own, within about the maximum pause (1 s here). Claims stored
        // while a replica is not listening are not replayed, so the article is posted once both listen again.
        awaitListeners(2, Duration.ofSeconds(10));
        JsonNode claim = postAndAwaitClaim(
                "Tokyo says Chinese drone flew near Yonaguni",
                "Japan's defence ministry said on Tuesday that a Chinese military drone had violated its airspace.");

        assertThat(claim.path("claimant").path("code").asText()).isEqualTo("JP");
    }

    @Test
    @Order(3)
    void onSigtermTheStreamEndsSoTheReplicaNeedNotWaitForIt() throws Exception {
        long started = System.nanoTime();
        listening.terminate();

        String line;
        do {
            line = lines.poll(NOTICE.toSeconds(), TimeUnit.SECONDS);
            assertThat(line).as("the stream ends").isNotNull();
        } while (!line.equals(END));
        listening.awaitExit(NOTICE);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("well before the 20 s that requests in flight may take")
                .isLessThan(Duration.ofSeconds(10));
    }

    /** Waits until {@code count} replicas' listening connections are open and have run their LISTEN. */
    private void awaitListeners(int count, Duration timeout) {
        String sql = "select count(*) from pg_stat_activity where application_name = 'claimline-live'"
                + " and query like 'LISTEN %'";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!postgres.query(sql).equals(List.of(Integer.toString(count)))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " listening connections " + timeout
                        + " after the database came back: " + postgres.query(sql)
                        + "\nthe listening replica's log ends:\n" + listening.tail(30));
            }
            ServiceProcess.sleep(Duration.ofMillis(100));
        }
    }

    /** Posts an article to the storing replica until the listening one streams one of its claims. */
    private JsonNode postAndAwaitClaim(String title, String body) throws Exception {
        HttpResponse<String> stored = storing.postJson(
                "/api/articles",
                JSON.writeValueAsString(Map.of("title", title, "body", body, "publishedAt", "2024-05-02")));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        long articleId = JSON.readTree(stored.body()).path("id").asLong();
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            seen.add(line);
            if (line.startsWith("data:")) {
                JsonNode claim = JSON.readTree(line.substring("data:".length()).strip());
                if (claim.path("articleId").asLong() == articleId) {
                    return claim;
                }
            }
        }
        throw new AssertionError("no claim of article " + articleId + " on the other replica's stream; it sent " + seen
                + "\nits log ends:\n" + listening.tail(30));
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // closed at the end of the test
        }
        lines.add(END);
    }
}
