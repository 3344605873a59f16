package dev.claimline.api.outage;

import static dev.claimline.api.ApiTestArticles.PIPELINE_TITLE;
import static dev.claimline.api.ApiTestArticles.ROCKETS_TITLE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.claimline.api.ApiTestArticles;
import dev.claimline.dashboard.form.CsrfTokens;
import dev.claimline.persistence.testing.RestartablePostgres;
import dev.claimline.persistence.testing.RestartablePostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service while its database is down: every request that needs the database answers 503 with Retry-After within
 * seconds (problem details for the API, an HTML page for the dashboard), readiness is DOWN and liveness UP, nothing is
 * stored in part, and when the database is back the service serves again by itself and holds exactly the articles it
 * acknowledged.
 */
@QuarkusTest
@WithTestResource(RestartablePostgresTestResource.class)
class DatabaseOutageTest {
    /** Far above the 3 s the pool waits for a connection, far below a request that hangs. */
    private static final long FAIL_FAST_MILLIS = 10_000;

    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]{43})\"");

    /** Injected by {@link RestartablePostgresTestResource}. */
    RestartablePostgres postgres;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void databaseUpAndEmpty() {
        postgres.start();
        awaitReady();
        TestDatabase.clear(entityManager);
        ApiTestArticles.script(claimSource);
    }

    @AfterEach
    void databaseUp() {
        postgres.start();
        awaitReady();
        dropTrigger();
    }

    private void dropTrigger() {
        execute(
                "drop trigger if exists claim_mention_dies on claim_mention",
                "drop function if exists claimline_test_session_dies()");
    }

    private void execute(String... statements) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String sql : statements) {
                entityManager.createNativeQuery(sql).executeUpdate();
            }
        });
    }

    @Test
    void
            withTheDatabaseDownEveryRequestAnswers503WithRetryAfterAndAfterItsReturnExactlyTheAcknowledgedArticlesAreThere() {
        long acknowledged = given().contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .<Integer>path("id");
        FormSession form = FormSession.open();

        postgres.stop();

        // Writes: 503 problem details with Retry-After, quickly.
        Response refused = timed(() -> given().contentType(ContentType.JSON)
                .body(ApiTestArticles.pipeline())
                .when()
                .post("/api/articles"));
        refused.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("title", equalTo("Service Unavailable"))
                .body("detail", containsString("database is unavailable"))
                .body("detail", containsString("try again in 5 seconds"))
                .body("instance", equalTo("/api/articles"));
        // The ingest form keeps what was typed and says to store it again.
        Response formRefused = timed(() -> form.post(PIPELINE_TITLE, ApiTestArticles.PIPELINE_BODY, "2023-12-01"));
        formRefused
                .then()
                .statusCode(503)
                .contentType(containsString("text/html"))
                .header("Retry-After", "5")
                .body(containsString("The article could not be stored: the database cannot be reached"))
                .body(containsString(PIPELINE_TITLE));

        // Reads: 503 too, as problem details for the API and as a page for a browser.
        for (String path : List.of("/api/articles/" + acknowledged, "/api/articles", "/api/timeline?a=US&b=KP")) {
            timed(() -> given().when().get(path))
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5");
        }
        for (String page : List.of("/", "/dyads/KP/US", "/articles/" + acknowledged)) {
            timed(() -> given().accept("text/html,application/xhtml+xml,*/*;q=0.8")
                            .when()
                            .get(page))
                    .then()
                    .statusCode(503)
                    .contentType(containsString("text/html"))
                    .header("Retry-After", "5")
                    .body(containsString("<h1>Database unavailable</h1>"));
        }

        // Probes: not ready, but alive, so Kubernetes routes elsewhere without restarting the pod.
        timed(() -> given().when().get("/q/health/ready"))
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"));
        given().when().get("/q/health/live").then().statusCode(200);

        postgres.start();
        awaitReady();

        // Back by itself, on the first try: the pool dropped the connections the stopped server had cut.
        long stored = given().contentType(ContentType.JSON)
                .body(ApiTestArticles.pipeline())
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .<Integer>path("id");
        given().when().get("/api/articles/" + acknowledged).then().statusCode(200);
        assertThat(storedArticles())
                .containsExactlyInAnyOrderEntriesOf(Map.of(acknowledged, ROCKETS_TITLE, stored, PIPELINE_TITLE));
    }

    @Test
    void anArticleWhoseConnectionIsCutWhileItIsBeingStoredLeavesNothingBehind() {
        // The server ends the session in the middle of the storing transaction: when the first mention is inserted,
        // after the article and its first claim (which the mention references) were.
        execute(
                """
                create function claimline_test_session_dies() returns trigger language plpgsql as $$
                begin perform pg_terminate_backend(pg_backend_pid()); return new; end $$
                """,
                "create trigger claim_mention_dies after insert on claim_mention for each row"
                        + " execute function claimline_test_session_dies()");

        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .when()
                .post("/api/articles")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5");

        dropTrigger();
        assertThat(count("article")).isZero();
        assertThat(count("claim")).isZero();
        assertThat(count("claim_mention")).isZero();

        // Sent again, it is stored whole, once.
        given().contentType(ContentType.JSON)
                .body(ApiTestArticles.rockets())
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body("claims.size()", equalTo(2));
        assertThat(count("article")).isEqualTo(1);
        assertThat(count("claim")).isEqualTo(2);
        assertThat(count("claim_mention")).isEqualTo(2);
    }

    private Map<Long, String> storedArticles() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = entityManager
                    .createNativeQuery("select id, title from article", Object[].class)
                    .getResultList();
            return rows.stream()
                    .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
        });
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                        .createNativeQuery("select count(*) from " + table)
                        .getSingleResult())
                .longValue());
    }

    /** The response, after checking that it came fast: an outage must not hold requests up. */
    private static Response timed(Supplier<Response> request) {
        long started = System.nanoTime();
        Response response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("answered within %d ms", FAIL_FAST_MILLIS)
                .isLessThan(Duration.ofMillis(FAIL_FAST_MILLIS));
        return response;
    }

    private static void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (given().when().get("/q/health/ready").statusCode() != 200) {
            assertThat(System.nanoTime()).as("ready again within 60 s").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A browser's session with the ingest form: its token cookie and hidden field. */
    private record FormSession(String cookie, String token) {
        static FormSession open() {
            Response form = given().when().get("/ingest");
            Matcher token = HIDDEN_TOKEN.matcher(form.asString());
            assertThat(token.find()).as("the form has its token").isTrue();
            return new FormSession(form.getCookie(CsrfTokens.COOKIE), token.group(1));
        }

        Response post(String title, String body, String publishedAt) {
            return given().contentType(ContentType.URLENC)
                    .cookie(CsrfTokens.COOKIE, cookie)
                    .header("Sec-Fetch-Site", "same-origin")
                    .formParam(CsrfTokens.FIELD, token)
                    .formParam("title", title)
                    .formParam("body", body)
                    .formParam("publishedAt", publishedAt)
                    .redirects()
                    .follow(false)
                    .when()
                    .post("/ingest");
        }
    }
}
