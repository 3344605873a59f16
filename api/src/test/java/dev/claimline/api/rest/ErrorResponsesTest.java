package dev.claimline.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.stream.Stream;
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
                error("GET", "/api/articles?size=101", null, null, 400, "size must be between 1 and 100, not 101."),
                error("GET", "/api/timeline?a=US", null, null, 400, "b is required"),
                error("GET", "/api/timeline?a=US&b=ZZ", null, null, 400, "b \"ZZ\" is not the code"),
                error("GET", "/api/timeline?a=US&b=us", null, null, 400, "a and b must be two different actors"),
                // not found
                error("GET", "/api/articles/999999", null, null, 404, "There is no article 999999."),
                error("GET", "/api/claims/999999", null, null, 404, "There is no claim 999999."),
                error("GET", "/api/articles/latest", null, null, 404, "There is nothing at /api/articles/latest."),
                error("GET", "/api/nothing-here", null, null, 404, "There is nothing at /api/nothing-here."),
                // wrong method or media type
                error("DELETE", "/api/articles", null, null, 405, "DELETE is not allowed on /api/articles; allowed:"),
                error("GET", "/api/extract", null, null, 405, "GET is not allowed on /api/extract"),
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

    private static String reasonPhrase(int status) {
        return Response.Status.fromStatusCode(status).getReasonPhrase();
    }
}
