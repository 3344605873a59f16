package dev.claimline.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimline.api.ApiTestArticles;
import dev.claimline.persistence.live.LiveClaims;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/claims/stream: a client connected to the stream hears of every claim stored after it connected. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ClaimStreamResourceTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TestHTTPResource("/api/claims/stream")
    URI stream;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    LiveClaims live;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void scriptArticles() {
        // An empty database, so the article's claims are new claims rather than new reports of stored ones.
        TestDatabase.clear(entityManager);
        ApiTestArticles.script(claimSource);
    }

    @Test
    void sendsOneEventWithTheClaimJsonPerStoredClaim() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> response = client.send(
                HttpRequest.newBuilder(stream)
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));

        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // the stream ends when the test closes it
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            awaitListening();
            int articleId = given().contentType(ContentType.JSON)
                    .body(ApiTestArticles.request(
                            ApiTestArticles.ROCKETS_TITLE,
                            ApiTestArticles.ROCKETS_BODY,
                            ApiTestArticles.ROCKETS_PUBLISHED))
                    .when()
                    .post("/api/articles")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");

            List<JsonNode> events = claimEvents(lines, 2);
            assertThat(events).allSatisfy(claim -> {
                assertThat(claim.get("articleId").asInt()).isEqualTo(articleId);
                JsonNode read = json.readTree(
                        given().get("/api/claims/" + claim.get("id").asLong())
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
                assertThat(claim).as("the same JSON as /api/claims/{id}").isEqualTo(read);
            });
            assertThat(events)
                    .extracting(claim -> claim.get("type").asText())
                    .containsExactlyInAnyOrder("ALLEGATION", "DENIAL");
        } finally {
            response.body().close();
        }
    }

    /** The data of the next {@code count} claim events, checking that each event's id is its claim's. */
    private List<JsonNode> claimEvents(BlockingQueue<String> lines, int count) throws Exception {
        List<JsonNode> claims = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        String name = null;
        String id = null;
        StringBuilder data = new StringBuilder();
        while (claims.size() < count) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(line).as("an event line within %s", WAIT).isNotNull();
            if (line.startsWith("event:")) {
                name = line.substring("event:".length()).strip();
            } else if (line.startsWith("id:")) {
                id = line.substring("id:".length()).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring("data:".length()).strip());
            } else if (line.isEmpty() && data.length() > 0) {
                assertThat(name).isEqualTo(ClaimStreamResource.CLAIM_EVENT);
                JsonNode claim = json.readTree(data.toString());
                assertThat(claim.get("id").asText()).isEqualTo(id);
                claims.add(claim);
                name = null;
                id = null;
                data.setLength(0);
            }
        }
        return claims;
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!live.listening()) {
            assertThat(System.nanoTime()).as("the listener is connected").isLessThan(deadline);
            Thread.sleep(20);
        }
        // The subscription is made when the response starts; give the server a moment to register it.
        Thread.sleep(200);
    }
}
