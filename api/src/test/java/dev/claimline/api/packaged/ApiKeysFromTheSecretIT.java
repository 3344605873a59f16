package dev.claimline.api.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.api.deploy.ManifestEnvironment;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged service configured as {@code k8s/base} configures a pod whose Secret {@code claimline-api-keys} holds two
 * keys and whose ConfigMap protects reads: the variables reach the application under the names the manifests use, every
 * write and read needs a key, probes do not, and the log says how many keys there are without showing one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiKeysFromTheSecretIT {
    private static final String KEY = "it-key-3b8e1f6a0c9d2745";
    private static final String OTHER_KEY = "it-key-other-71c0d5e2a8f4b396";
    private static final String ARTICLE =
            """
            {"title": "Seoul says Pyongyang flew a drone over the border",
             "body": "South Korea accused North Korea on Tuesday of flying a drone across the border.",
             "publishedAt": "2024-03-06"}
            """;

    private ExternalPostgres postgres;
    private ServiceProcess service;

    @BeforeAll
    void start() throws IOException {
        Path work = Files.createTempDirectory(Path.of("target"), "api-keys-it-").toAbsolutePath();
        postgres = ExternalPostgres.create(work.resolve("postgresql"));
        Map<String, String> environment = new HashMap<>(ManifestEnvironment.server(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL",
                postgres.jdbcUrl(),
                "secret:claimline-db/username",
                ExternalPostgres.USER,
                "secret:claimline-db/password",
                ExternalPostgres.PASSWORD,
                "secret:claimline-api-keys/keys",
                KEY + ", ," + OTHER_KEY,
                "CLAIMLINE_API_KEYS_PROTECT_READS",
                "true")));
        assertThat(environment).containsKey("CLAIMLINE_API_KEYS");
        service = ServiceProcess.start("claimline", environment, ExternalPostgres.freePort(), work.resolve("service"));
        service.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(120));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void writesAndReadsNeedAKeyProbesDoNot() {
        HttpResponse<String> refused = service.postJson("/api/articles", ARTICLE);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().allValues("WWW-Authenticate")).contains("Bearer realm=\"claimline\"");
        assertThat(service.postJson("/api/articles", ARTICLE, "X-Api-Key", "it-key-guess")
                        .statusCode())
                .isEqualTo(403);
        assertThat(service.postJson("/api/articles", ARTICLE, "X-Api-Key", OTHER_KEY)
                        .statusCode())
                .isEqualTo(201);

        assertThat(service.get("/api/articles").statusCode()).isEqualTo(401);
        assertThat(service.get("/").statusCode()).isEqualTo(401);
        HttpResponse<String> read = service.get("/api/articles", "Authorization", "Bearer " + KEY);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"total\":1");
        assertThat(read.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'self'"));

        for (String open : new String[] {"/q/health/ready", "/q/health/live", "/q/metrics", "/claimline.css"}) {
            assertThat(service.get(open).statusCode()).as(open).isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void theLogCountsTheKeysAndShowsNoneNotEvenInTheAccessLog() {
        assertThat(service.logLines())
                .anySatisfy(line ->
                        assertThat(line).contains("io.quarkus.http.access-log", "POST /api/articles HTTP/", "201"))
                .anySatisfy(line -> assertThat(line).contains("2 API keys configured: writes need one, reads too"))
                .noneSatisfy(line -> assertThat(line).containsAnyOf(KEY, OTHER_KEY, "it-key-guess"));
    }
}
