package dev.claimline.api.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimline.api.deploy.ManifestEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged service as Kubernetes runs it: configured only by the environment of {@code k8s/base} (ConfigMap and
 * Secret references, the Secret's values and the database URL replaced by this test's own), against a separate
 * PostgreSQL server that asks for a password. One story, in order: two replicas start at once on the empty database,
 * the database goes away and comes back, the replicas shut down gracefully, and a new one finds the data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalDatabaseIT {
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration NOTICE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE =
            """
            {"title": "Washington says Pyongyang ships rockets to Moscow",
             "body": "The United States said on Monday that North Korea was shipping artillery rockets to Russia. North Korea denied the report on Wednesday.",
             "publishedAt": "2023-11-16"}
            """;

    private Path work;
    private ExternalPostgres postgres;
    private Map<String, String> environment;
    private ServiceProcess first;
    private ServiceProcess second;
    private String articleLocation;

    @BeforeAll
    void startDatabase() throws IOException {
        work = Files.createTempDirectory(Path.of("target"), "external-db-it-").toAbsolutePath();
        postgres = ExternalPostgres.create(work.resolve("postgresql"));
        environment = ManifestEnvironment.server(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(),
                "secret:claimline-db/username", ExternalPostgres.USER,
                "secret:claimline-db/password", ExternalPostgres.PASSWORD));
    }

    @AfterAll
    void stopEverything() {
        for (ServiceProcess service : new ServiceProcess[] {first, second}) {
            if (service != null) {
                service.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void twoReplicasStartedAtOnceOnAnEmptyDatabaseBothComeUp() {
        assertThat(postgres.query("select count(*) from pg_tables where schemaname = 'public'"))
                .containsExactly("0");
        int firstPort = ExternalPostgres.freePort();
        int secondPort = ExternalPostgres.freePort();
        first = ServiceProcess.start("replica-1", environment, firstPort, work.resolve("replica-1"));
        second = ServiceProcess.start("replica-2", environment, secondPort, work.resolve("replica-2"));

        CompletableFuture.allOf(
                        CompletableFuture.runAsync(() -> first.awaitStatus("/q/health/started", 200, START)),
                        CompletableFuture.runAsync(() -> second.awaitStatus("/q/health/started", 200, START)))
                .join();
        first.awaitStatus("/q/health/ready", 200, NOTICE);
        second.awaitStatus("/q/health/ready", 200, NOTICE);

        // Flyway's PostgreSQL advisory lock let one replica migrate while the other waited, then found it done.
        List<String> migrations = postgres.query(
                "select version || ':' || success from flyway_schema_history where version is not null order by installed_rank");
        assertThat(migrations)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m).endsWith(":true"))
                .doesNotHaveDuplicates();
        assertThat(migrations).hasSize(migrationFiles());
        long migrators = List.of(first, second).stream()
                .filter(replica -> messages(replica).stream().anyMatch(m -> m.startsWith("Successfully applied")))
                .count();
        assertThat(migrators).isEqualTo(1);

        // The manifests' settings are all ones the application knows, and their JSON logging is on.
        for (ServiceProcess replica : List.of(first, second)) {
            assertThat(replica.logLines()).noneMatch(line -> line.contains("Unrecognized configuration key"));
            assertThat(messages(replica)).anyMatch(m -> m.contains("started in"));
        }
        // Samples are off: the database stays empty.
        assertThat(first.get("/api/articles").body()).contains("\"total\":0");
    }

    @Test
    @Order(2)
    void readinessFollowsTheDatabaseAndLivenessStaysUp() {
        postgres.stop();
        for (ServiceProcess replica : List.of(first, second)) {
            replica.awaitResponse(
                    "/q/health/ready",
                    response -> response.statusCode() == 503 && response.body().contains("\"DOWN\""),
                    NOTICE,
                    "503 DOWN");
            assertThat(replica.get("/q/health/live").statusCode()).isEqualTo(200);
        }
        // Requests fail fast with 503 and Retry-After, and store nothing.
        HttpResponse<String> refused = second.postJson("/api/articles", ARTICLE);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(first.get("/api/articles").statusCode()).isEqualTo(503);
        // Through a longer outage, liveness stays UP: Kubernetes keeps the pods and only stops routing to them.
        Instant until = Instant.now().plusSeconds(5);
        while (Instant.now().isBefore(until)) {
            assertThat(first.get("/q/health/live").statusCode()).isEqualTo(200);
            assertThat(second.get("/q/health/ready").statusCode()).isEqualTo(503);
            ServiceProcess.sleep(Duration.ofMillis(500));
        }

        postgres.start();
        for (ServiceProcess replica : List.of(first, second)) {
            replica.awaitStatus("/q/health/ready", 200, NOTICE);
            assertThat(replica.isAlive()).isTrue();
        }
        // And the pool serves requests again, without a restart.
        HttpResponse<String> stored = second.postJson("/api/articles", ARTICLE);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        articleLocation = stored.headers().firstValue("Location").orElseThrow();
        assertThat(first.get(path(articleLocation)).statusCode()).isEqualTo(200);
        // Exactly the acknowledged article, nothing of the refused one.
        assertThat(postgres.query("select count(*) from article")).containsExactly("1");
    }

    @Test
    @Order(3)
    void onSigtermAReplicaFirstReportsNotReadyWhileStillServingThenStops() {
        first.terminate();
        second.terminate();
        first.awaitStatus("/q/health/ready", 503, Duration.ofSeconds(4));
        assertThat(first.get(path(articleLocation)).statusCode()).isEqualTo(200);
        // Kubernetes gives it terminationGracePeriodSeconds (35 s) before SIGKILL.
        first.awaitExit(Duration.ofSeconds(35));
        second.awaitExit(Duration.ofSeconds(35));
        assertThat(messages(first)).anyMatch(m -> m.contains("stopped in"));
    }

    @Test
    @Order(4)
    void aNewReplicaFindsTheDataAndLogsRequestIds() throws IOException {
        first = ServiceProcess.start("replica-3", environment, ExternalPostgres.freePort(), work.resolve("replica-3"));
        first.awaitStatus("/q/health/ready", 200, START);
        HttpResponse<String> article = first.get(path(articleLocation), "X-Request-Id", "it-request-7");
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("Washington says Pyongyang ships rockets to Moscow");
        assertThat(article.headers().firstValue("X-Request-Id")).hasValue("it-request-7");
        assertThat(JSON.readTree(first.get("/api/articles").body())
                        .path("total")
                        .asInt())
                .isEqualTo(1);

        // The access log line carries the request id, in its text and in the JSON record's MDC.
        ServiceProcess replica = first;
        first.awaitResponse(
                "/q/health/live",
                response -> records(replica).stream()
                        .anyMatch(r -> r.path("loggerName").asText().equals("io.quarkus.http.access-log")
                                && r.path("message").asText().contains("request-id=it-request-7")
                                && r.path("mdc").path("requestId").asText().equals("it-request-7")),
                Duration.ofSeconds(10),
                "after the access log has the request");
        first.close();
        assertThat(Files.exists(work.resolve("replica-3/data")))
                .as("no embedded database")
                .isFalse();
    }

    @Test
    @Order(5)
    void withoutADatabaseUrlTheManifestSettingsRefuseToStartAnEmbeddedDatabase() {
        Map<String, String> noDatabase = new LinkedHashMap<>(environment);
        noDatabase.remove("QUARKUS_DATASOURCE_JDBC_URL");
        second = ServiceProcess.start("no-url", noDatabase, ExternalPostgres.freePort(), work.resolve("no-url"));
        assertThat(second.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(second.tail(5)).contains("no database is configured (QUARKUS_DATASOURCE_JDBC_URL)");
        assertThat(Files.exists(work.resolve("no-url/data"))).isFalse();
    }

    /** The JSON log records of a replica; every line it wrote must be one. */
    private static List<JsonNode> records(ServiceProcess replica) {
        List<JsonNode> records = new ArrayList<>();
        for (String line : replica.logLines()) {
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new AssertionError("not a JSON log line: " + line, e);
            }
        }
        return records;
    }

    private static List<String> messages(ServiceProcess replica) {
        return records(replica).stream().map(r -> r.path("message").asText()).toList();
    }

    private static String path(String location) {
        return java.net.URI.create(location).getPath();
    }

    /** The SQL migrations and the Java ones (those Flyway finds in package db.migration). */
    private static int migrationFiles() {
        Path persistence = Path.of("").toAbsolutePath().resolveSibling("persistence/src/main");
        return count(persistence.resolve("resources/db/migration"), "V\\d+__.*\\.sql")
                + count(persistence.resolve("java/db/migration"), "V\\d+__.*\\.java");
    }

    private static int count(Path directory, String pattern) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (var files = Files.list(directory)) {
            return (int) files.filter(f -> f.getFileName().toString().matches(pattern))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
