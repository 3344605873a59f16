package dev.claimline.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error is RFC 9457 problem details with a detail naming the field and the reason. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ErrorResponsesTest {
    private static final String JSON = "application/json";
    private static final String VALID = "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"2024-01-05\"}";
    private static final String FAILING_TITLE = "An article whose extraction breaks";

    @Inject
    ScriptedClaimSource claimSource;

    static Stream<Arguments> errors() {
        return Stream.of(
                // malformed or misshapen JSON
                error("POST", "/api/articles", JSON, "{\"title\": \"T\", ", 400, "The request body is not valid JSON"),
                error("POST", "/api/extract", JSON, "{not json}", 400, "The request body is not valid JSON"),
                error("POST", "/api/articles", JSON, "[]", 400, "The request body must be a JSON object."),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":{\"text\":\"T\"},\"body\":\"B\",\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "title must be a string."),
                error("POST", "/api/articles", JSON, "", 400, "The request body must be a JSON object with title"),
                // missing or blank fields
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"body\":\"B\",\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "title is required and must not be blank."),
                error(
                        "POST",
                        "/api/extract",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"   \",\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "body is required and must not be blank."),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\"}",
                        400,
                        "publishedAt is required: a date (YYYY-MM-DD) or an ISO-8601 date-time."),
                // unreadable values
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"yesterday\"}",
                        400,
                        "publishedAt must be a date (YYYY-MM-DD) or an ISO-8601 date-time"),
                error(
                        "POST",
                        "/api/extract",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"2024-02-30\"}",
                        400,
                        "not \"2024-02-30\""),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"05/01/2024\"}",
                        400,
                        "publishedAt must be a date"),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"2024-01-05T25:00:00Z\"}",
                        400,
                        "publishedAt must be a date"),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"2024-01-05\",\"url\":\"javascript:alert(1)\"}",
                        400,
                        "url must be an absolute http or https URL"),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"2024-01-05\",\"language\":\"English!\"}",
                        400,
                        "language must be a language code"),
                // unknown, repeated or misshapen fields
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"pubishedAt\":\"2024-01-05\"}",
                        400,
                        "Unknown field \"pubishedAt\": the request has no such field. The fields are body, language,"
                                + " publishedAt, source, title, url."),
                error(
                        "POST",
                        "/api/extract",
                        JSON,
                        "{\"title\":\"T\",\"title\":\"U\",\"body\":\"B\",\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "title is given twice."),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":42,\"body\":\"B\",\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "title must be a string."),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":true,\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "body must be a string."),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":20240105}",
                        400,
                        "publishedAt must be a string."),
                error(
                        "POST",
                        "/api/extract",
                        JSON,
                        "{\"title\":[\"T\"],\"body\":\"B\",\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "title must be a string."),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"2024-01-05\",\"source\":{\"name\":\"S\"}}",
                        400,
                        "source must be a string."),
                error("POST", "/api/articles", JSON, "null", 400, "The request body must be a JSON object with title"),
                error("POST", "/api/extract", JSON, "\"an article\"", 400, "The request body must be a JSON object."),
                error("POST", "/api/articles", JSON, "42", 400, "The request body must be a JSON object."),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "[{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"2024-01-05\"}]",
                        400,
                        "The request body must be a JSON object."),
                error("POST", "/api/articles", JSON, VALID + VALID, 400, "there is more after it"),
                error("POST", "/api/articles", JSON, "{\"title\":" + "[".repeat(5_000), 400, "title must be a string."),
                error("POST", "/api/extract", JSON, "{\"title\":\"T\",\"body\":\"B\"", 400, "not valid JSON (line 1"),
                // characters that are not text
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"a\\u0000b\",\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "body contains the control character U+0000 at offset 1; only tab, line feed and carriage"
                                + " return are allowed."),
                error(
                        "POST",
                        "/api/extract",
                        JSON,
                        "{\"title\":\"T\\u001b[31m\",\"body\":\"B\",\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "title contains the control character U+001B at offset 1"),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"a\u0000b\",\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "a control character inside a string must be escaped"),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"\\ud800\",\"body\":\"B\",\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "title contains an unpaired surrogate (\\ud800) at offset 0, which is not Unicode text."),
                error(
                        "POST",
                        "/api/extract",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"ab\\udc00\",\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "body contains an unpaired surrogate (\\udc00) at offset 2"),
                // lengths
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"" + "T".repeat(5_000) + "\",\"body\":\"B\",\"publishedAt\":\"2024-01-05\"}",
                        400,
                        "title must be at most 1000 characters long, not 5000."),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"2024-01-05\",\"url\":\"https://news.example/"
                                + "a".repeat(3_000) + "\"}",
                        400,
                        "url must be at most 2000 characters long"),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"" + "B".repeat(1_100_000) + "\",\"publishedAt\":\"2024-01-05\"}",
                        413,
                        "The request body is larger than 1 MiB (1048576 bytes), the most this service accepts"),
                error(
                        "POST",
                        "/api/extract",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"" + "B".repeat(1_100_000) + "\",\"publishedAt\":\"2024-01-05\"}",
                        413,
                        "The request body is larger than 1 MiB"),
                // dates out of range
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"2999-01-01\"}",
                        400,
                        "publishedAt must not be in the future: 2999-01-01 is after "),
                error(
                        "POST",
                        "/api/extract",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"+999999999-12-31T00:00:00Z\"}",
                        400,
                        "publishedAt must not be in the future"),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"0001-01-01\"}",
                        400,
                        "publishedAt must be 1600-01-01 or later, not 0001-01-01."),
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"-999999999-01-01\"}",
                        400,
                        "publishedAt must be 1600-01-01 or later"),
                // query parameters
                error("GET", "/api/claims?country=XX", null, null, 400, "country \"XX\" is not the code"),
                error(
                        "GET",
                        "/api/claims?type=RUMOUR",
                        null,
                        null,
                        400,
                        "type must be one of ALLEGATION, DENIAL, OTHER"),
                error("GET", "/api/claims?from=2023-02-30", null, null, 400, "from must be a date (YYYY-MM-DD)"),
                error("GET", "/api/claims?to=soon", null, null, 400, "to must be a date (YYYY-MM-DD) or a month"),
                error("GET", "/api/claims?from=2024-01-01&to=2023-01-01", null, null, 400, "must not be after"),
                error("GET", "/api/claims?page=-1", null, null, 400, "page must be 0 or more"),
                error("GET", "/api/claims?page=first", null, null, 400, "page must be a whole number"),
                error("GET", "/api/claims?size=0", null, null, 400, "size must be between 1 and 100"),
                error(
                        "GET",
                        "/api/claims?page=2147483647&size=100",
                        null,
                        null,
                        400,
                        "page must be at most 21474836 with size 100, not 2147483647."),
                error("GET", "/api/articles?page=2147483647", null, null, 400, "page must be at most 107374182 with"),
                error("GET", "/api/disputes?page=2147483647&size=2", null, null, 400, "page must be at most"),
                error("GET", "/api/articles?size=101", null, null, 400, "size must be between 1 and 100, not 101."),
                error("GET", "/api/timeline?a=US", null, null, 400, "b is required"),
                error("GET", "/api/timeline?a=US&b=ZZ", null, null, 400, "b \"ZZ\" is not the code"),
                error("GET", "/api/timeline?a=US&b=us", null, null, 400, "a and b must be two different actors"),
                error("GET", "/api/timeline?a=US&b=KP&limit=0", null, null, 400, "limit must be between 1 and 1000"),
                error("GET", "/api/timeline?a=US&b=KP&limit=1001", null, null, 400, "limit must be between 1 and 1000"),
                error("GET", "/api/timeline?a=US&b=KP&limit=all", null, null, 400, "limit must be a whole number"),
                error(
                        "GET",
                        "/api/timeline?a=US&b=KP&cursor=page2",
                        null,
                        null,
                        400,
                        "cursor \"page2\" is not a cursor"),
                error(
                        "GET",
                        "/api/timeline?a=US&b=KP&from=2024-13",
                        null,
                        null,
                        400,
                        "from must be a date (YYYY-MM-DD)"),
                // not found
                error("GET", "/api/articles/999999", null, null, 404, "There is no article 999999."),
                error("GET", "/api/claims/999999", null, null, 404, "There is no claim 999999."),
                error("GET", "/api/articles/latest", null, null, 404, "There is nothing at /api/articles/latest."),
                error("GET", "/api/nothing-here", null, null, 404, "There is nothing at /api/nothing-here."),
                // wrong method or media type
                error("DELETE", "/api/articles", null, null, 405, "DELETE is not allowed on /api/articles."),
                error("GET", "/api/extract", null, null, 405, "GET is not allowed on /api/extract"),
                error("DELETE", "/api/articles/1", null, null, 405, "DELETE is not allowed on /api/articles/1."),
                error("POST", "/api/articles", "text/plain", VALID, 415, "text/plain is not supported here."),
                error(
                        "POST",
                        "/api/extract",
                        "application/xml",
                        "<article/>",
                        415,
                        "Send the body as application/json"),
                // anything unexpected
                error(
                        "POST",
                        "/api/articles",
                        JSON,
                        "{\"title\":\"" + FAILING_TITLE + "\",\"body\":\"B\",\"publishedAt\":\"2024-01-05\"}",
                        500,
                        "Something went wrong on our side"));
    }

    /** Bodies that are not UTF-8 text, as raw bytes. */
    static Stream<Arguments> undecodable() {
        return Stream.of(
                Arguments.of(
                        "a byte that never starts a character",
                        bytes("{\"title\":\"T", 0xff, "\"}"),
                        "The request body is not valid UTF-8 (line 1, column"),
                Arguments.of(
                        "a character cut short",
                        bytes("{\"title\":\"", 0xc3, "\"}"),
                        "The request body is not valid UTF-8"),
                Arguments.of(
                        "Latin-1 text",
                        bytes("{\"title\":\"Fran", 0xe7, "ois\"}"),
                        "The request body is not valid UTF-8"),
                Arguments.of(
                        "an encoded lone surrogate (CESU-8)",
                        bytes("{\"title\":\"T\",\"body\":\"", 0xed, 0xa0, 0x80, "\",\"publishedAt\":\"2024-01-05\"}"),
                        "The request body is not valid UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undecodable")
    void answersUndecodableBodiesWithProblemDetails(String what, byte[] body, String detail) {
        for (String uri : new String[] {"/api/articles", "/api/extract"}) {
            given().contentType(JSON)
                    .body(body)
                    .when()
                    .post(uri)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString(detail))
                    .body("instance", equalTo(uri));
        }
    }

    /** A chunked body announces no length: it is read up to the limit and then refused like one that does. */
    @Test
    void refusesAChunkedBodyOverTheLimit() throws Exception {
        byte[] json = ("{\"title\":\"T\",\"body\":\"" + "B".repeat(1_100_000) + "\",\"publishedAt\":\"2024-01-05\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/articles"))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("The request body is larger than 1 MiB");
    }

    /** JAX-RS would read a body without a Content-Type as JSON; it is refused like one of another type. */
    @Test
    void refusesABodyWithoutContentType() throws Exception {
        for (String path : new String[] {"/api/articles", "/api/extract"}) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                    .POST(HttpRequest.BodyPublishers.ofString(VALID))
                    .build();

            HttpResponse<String> response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body())
                    .contains("Send the body as application/json; a body without Content-Type is not supported here.")
                    .contains("\"instance\":\"" + path + "\"");
        }
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static Arguments error(
            String method, String uri, String contentType, String body, int status, String detail) {
        return Arguments.of(method, uri, contentType, body, status, detail);
    }

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @MethodSource("errors")
    void answersWithProblemDetails(
            String method, String uri, String contentType, String body, int status, String detail) {
        claimSource.fail(FAILING_TITLE, new IllegalStateException("simulated failure in dev.claimline.Secret"));
        RequestSpecification request = given();
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (body != null) {
            request.body(body);
        }
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;

        request.when()
                .request(method, uri)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("status", equalTo(status))
                .body("title", equalTo(reasonPhrase(status)))
                .body("detail", containsString(detail))
                .body("instance", equalTo(path))
                .body(not(containsString("Exception")))
                .body(not(containsString("dev.claimline")))
                .body(not(containsString("java.")));
    }

    @Test
    void aWriteThatKeepsConflictingWithOthersAnswers503WithRetryAfter() {
        String title = "An article that collides with every other write";
        claimSource.fail(
                title,
                new PersistenceException(
                        "could not execute statement", new SQLException("ERROR: deadlock detected", "40P01")));
        given().contentType("application/json")
                .body("{\"title\": \"" + title + "\", \"body\": \"Greece said Turkey had sent warplanes over its"
                        + " islands.\", \"publishedAt\": \"2024-05-02\"}")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(503)
                .header("Retry-After", "1")
                .contentType("application/problem+json")
                .body("detail", containsString("collided with concurrent writes"))
                .body(not(containsString("deadlock")));
    }

    private static String reasonPhrase(int status) {
        return Response.Status.fromStatusCode(status).getReasonPhrase();
    }
}
