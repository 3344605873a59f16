package dev.claimline.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.claimline.api.ApiTestArticles;
import dev.claimline.persistence.service.ArticleQueryService;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A service with API keys: every write needs one, reads stay open, and no key ever reaches the log, the access log
 * included (which this profile turns on, as production has it).
 */
@QuarkusTest
@TestProfile(AccessControlTest.WriteKeys.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class AccessControlTest {
    static final String KEY = "write-key-8c1e6f0b3a9d2754";
    static final String SECOND_KEY = "second-key-41f7a0c2d9e86b35";

    public static class WriteKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimline.api-keys", KEY + ", ," + SECOND_KEY, "quarkus.http.access-log.enabled", "true");
        }
    }

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    ArticleQueryService articles;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(entityManager);
        ApiTestArticles.script(claimSource);
    }

    @Test
    void aWriteWithoutAKeyIs401WithAChallengeAndStoresNothing() {
        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .when()
                .post("/api/articles")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"claimline\"")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body(
                        "detail",
                        equalTo("POST /api/articles needs an API key: send it in the X-Api-Key header or as"
                                + " Authorization: Bearer <key>."))
                .body("instance", equalTo("/api/articles"));
        assertThat(articles.count()).isZero();
    }

    @Test
    void aWrongKeyIs403AndStoresNothing() {
        for (UnaryOperator<RequestSpecification> wrong : List.<UnaryOperator<RequestSpecification>>of(
                r -> r.header("X-Api-Key", KEY + "x"),
                r -> r.header("X-Api-Key", KEY.substring(0, 10)),
                r -> r.header("Authorization", "Bearer " + KEY.toUpperCase(Locale.ROOT)),
                r -> r.header("X-Api-Key", KEY + "," + SECOND_KEY))) {
            wrong.apply(given())
                    .contentType(ContentType.JSON)
                    .body(ApiTestArticles.rockets())
                    .when()
                    .post("/api/articles")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", (String) null)
                    .body("title", equalTo("Forbidden"))
                    .body(
                            "detail",
                            equalTo("The API key sent is not accepted here; check it, or ask whoever runs this"
                                    + " service for one."));
        }
        assertThat(articles.count()).isZero();
    }

    @Test
    void everyConfiguredKeyWritesInEitherHeader() {
        given().header("X-Api-Key", KEY)
                .contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201);
        given().header("Authorization", "Bearer " + SECOND_KEY)
                .contentType(ContentType.JSON)
                .body(ApiTestArticles.pipeline())
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201);
        assertThat(articles.count()).isEqualTo(2);
    }

    @Test
    void extractingNeedsAKeyToo() {
        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .when()
                .post("/api/extract")
                .then()
                .statusCode(401)
                .body("detail", containsString("POST /api/extract needs an API key"));
        given().header("X-Api-Key", KEY)
                .contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .when()
                .post("/api/extract")
                .then()
                .statusCode(200);
    }

    @Test
    void theKeyIsAskedForBeforeTheRequestIsEvenRead() {
        // Without a key nothing about the request is looked at: not its JSON, its media type, its method or path.
        given().contentType(ContentType.JSON)
                .body("{not json")
                .post("/api/articles")
                .then()
                .statusCode(401);
        given().contentType(ContentType.TEXT)
                .body("hello")
                .post("/api/articles")
                .then()
                .statusCode(401);
        given().delete("/api/articles/1").then().statusCode(401);
        given().put("/api/claims/1").then().statusCode(401);
        given().post("/api/nothing-here").then().statusCode(401);
        given().post("/").then().statusCode(401);
        given().post("/ingest/").then().statusCode(not(equalTo(303)));
        // With one, the usual answers.
        given().header("X-Api-Key", KEY)
                .contentType(ContentType.JSON)
                .body("{not json")
                .post("/api/articles")
                .then()
                .statusCode(400);
        given().header("X-Api-Key", KEY).delete("/api/articles/1").then().statusCode(405);
        assertThat(articles.count()).isZero();
    }

    @Test
    void aBrowsersBasicSignInDoesNotWrite() {
        given().auth()
                .preemptive()
                .basic("analyst", KEY)
                .contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .when()
                .post("/api/articles")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"claimline\"")
                .body("detail", containsString("Authorization: Basic is taken for reading only"));
        assertThat(articles.count()).isZero();
    }

    @Test
    void readsStayOpen() {
        given().header("X-Api-Key", KEY)
                .contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .post("/api/articles")
                .then()
                .statusCode(201);

        for (String path : List.of(
                "/api/articles",
                "/api/claims",
                "/api/dyads",
                "/api/disputes",
                "/api/timeline?a=US&b=KP",
                "/api/export/claims.csv",
                "/",
                "/dyads/KP/US",
                "/countries/KP",
                "/ingest")) {
            given().get(path).then().statusCode(200);
        }
        given().header("X-Api-Key", "not a key at all")
                .get("/api/articles")
                .then()
                .statusCode(200);
        given().options("/api/articles").then().statusCode(not(equalTo(401)));
        given().head("/api/articles").then().statusCode(200);
    }

    @Test
    void probesMetricsAndOpenApiNeverNeedAKey() {
        for (String path : List.of("/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi")) {
            given().get(path).then().statusCode(200);
        }
    }

    @Test
    void noKeyReachesTheLogNotEvenTheAccessLog() throws Exception {
        String pattern = ConfigProvider.getConfig().getValue("quarkus.http.access-log.pattern", String.class);
        assertThat(pattern.toLowerCase(Locale.ROOT))
                .as("the access log pattern writes no request header that carries a key")
                .doesNotContain("authorization", "x-api-key", "all_request_headers", "%{i,");

        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (records) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String wrongKey = "wrong-key-6b2d9e0f1a7c4853";
        try {
            given().header("X-Api-Key", KEY)
                    .contentType(ContentType.JSON)
                    .body(ApiTestArticles.rockets())
                    .post("/api/articles?marker=with-header")
                    .then()
                    .statusCode(201);
            given().header("Authorization", "Bearer " + SECOND_KEY)
                    .contentType(ContentType.JSON)
                    .body(ApiTestArticles.pipeline())
                    .post("/api/articles?marker=with-bearer")
                    .then()
                    .statusCode(201);
            given().header("X-Api-Key", wrongKey)
                    .contentType(ContentType.JSON)
                    .body(ApiTestArticles.pipeline())
                    .post("/api/articles?marker=with-wrong-key")
                    .then()
                    .statusCode(403);
            given().auth()
                    .preemptive()
                    .basic("analyst", KEY)
                    .get("/api/articles?marker=with-basic")
                    .then()
                    .statusCode(200);

            // The access log is written once the answer has gone out.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (accessLogLines(records).stream()
                                    .filter(line -> line.contains("marker=with-"))
                                    .count()
                            < 4
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            root.removeHandler(capture);
        }

        List<String> accessLog = accessLogLines(records);
        assertThat(accessLog)
                .as("the access log was written, so it was looked at")
                .anySatisfy(line -> assertThat(line).contains("\"POST /api/articles?marker=with-header HTTP/1.1\" 201"))
                .anySatisfy(line -> assertThat(line).contains("marker=with-bearer"))
                .anySatisfy(
                        line -> assertThat(line).contains("\"POST /api/articles?marker=with-wrong-key HTTP/1.1\" 403"))
                .anySatisfy(line -> assertThat(line).contains("marker=with-basic"));
        List<String> everything;
        synchronized (records) {
            everything = records.stream().map(AccessControlTest::text).toList();
        }
        String basicCredentials = java.util.Base64.getEncoder().encodeToString(("analyst:" + KEY).getBytes());
        assertThat(everything).isNotEmpty().allSatisfy(line -> assertThat(line)
                .doesNotContain(KEY, SECOND_KEY, wrongKey, basicCredentials, KEY.substring(0, 12)));
    }

    private static List<String> accessLogLines(List<LogRecord> records) {
        synchronized (records) {
            return records.stream()
                    .filter(record -> "io.quarkus.http.access-log".equals(record.getLoggerName()))
                    .map(AccessControlTest::text)
                    .toList();
        }
    }

    /** The record as a log line would show it: its message with its parameters, and any exception. */
    private static String text(LogRecord record) {
        String message = new java.util.logging.SimpleFormatter().formatMessage(record);
        Throwable thrown = record.getThrown();
        return message + (thrown == null ? "" : " " + thrown);
    }
}
