package dev.claimline.api.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.claimline.api.dto.ProblemJson;
import dev.claimline.dashboard.page.ErrorPages;
import dev.claimline.persistence.outage.DatabaseOutage;
import dev.claimline.persistence.outage.TransientConflict;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error into RFC 9457 problem details ({@code application/problem+json}) whose {@code detail} a person can
 * act on. This is the one place errors are written; they never carry stack traces or class names. Only a browser asking
 * for a page outside {@code /api/} gets the dashboard's HTML page instead: 404 for a page that does not exist, 503 while
 * the database is unavailable.
 */
public class ProblemMappers {
    private static final String ABOUT_BLANK = "about:blank";
    private static final String API_PATH = "/api/";

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return problem(Status.BAD_REQUEST, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e, UriInfo uri) {
        return problem(Status.NOT_FOUND, e.getMessage(), uri);
    }

    /** JSON that does not parse, or parses into the wrong shape: an array for the body, an object for a string. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return problem(Status.BAD_REQUEST, jsonDetail(e), uri);
    }

    /** Declared apart because Quarkus maps this subtype itself otherwise. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    /** Errors of HTTP itself, raised by the framework: no such path, wrong method, wrong media type. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers, Request request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response response = e.getResponse();
        String path = uri.getRequestUri().getRawPath();
        if (response.getStatus() == Status.NOT_FOUND.getStatusCode() && isPageRequest(path, headers)) {
            return ErrorPages.notFound("There is no page at " + path + ".");
        }
        String detail =
                switch (response.getStatus()) {
                    case 404 -> "There is nothing at " + path + ".";
                    case 405 -> request.getMethod() + " is not allowed on " + path
                            + (response.getAllowedMethods().isEmpty()
                                    ? "."
                                    : "; allowed: " + String.join(", ", new TreeSet<>(response.getAllowedMethods()))
                                            + ".");
                    case 406 -> "None of the media types in the Accept header can be produced here.";
                    case 415 -> "Send the body as application/json; "
                            + (headers.getMediaType() == null
                                    ? "a body without Content-Type"
                                    : headers.getMediaType().getType() + "/"
                                            + headers.getMediaType().getSubtype())
                            + " is not supported here.";
                    default -> response.getStatusInfo().getReasonPhrase() + ".";
                };
        return problem(response.getStatus(), response.getStatusInfo().getReasonPhrase(), detail, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, Request request, HttpHeaders headers) {
        if (DatabaseOutage.isCauseOf(e)) {
            return databaseUnavailable(e, uri, request, headers);
        }
        if (TransientConflict.isCauseOf(e)) {
            return conflictedTooOften(e, uri, request);
        }
        Log.errorf(e, "Unexpected error answering %s %s", request.getMethod(), uri.getRequestUri());
        return problem(
                Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; the error has been logged. Please try again later.",
                uri);
    }

    /**
     * The database cannot be reached (stopped, restarting, cut off) or no pooled connection came free in time: 503 with
     * {@code Retry-After}, never 500, for the API and the dashboard's pages alike. Whatever the request was storing is
     * not half-stored: it was one transaction, rolled back. Logged in one line, since an outage fails every request.
     */
    private static Response databaseUnavailable(Throwable e, UriInfo uri, Request request, HttpHeaders headers) {
        Log.warnf(
                "Answered %s %s with 503: the database is unavailable (%s)",
                request.getMethod(), uri.getRequestUri().getRawPath(), rootMessage(e));
        String path = uri.getRequestUri().getRawPath();
        if (isPageRequest(path, headers)) {
            return ErrorPages.databaseUnavailable(DatabaseOutage.RETRY_AFTER);
        }
        long seconds = DatabaseOutage.RETRY_AFTER.toSeconds();
        return retryAfter(
                problem(
                        Status.SERVICE_UNAVAILABLE,
                        "The database is unavailable at the moment, so this request could not be completed. Please"
                                + " try again in " + seconds + " seconds.",
                        uri),
                seconds);
    }

    /**
     * A write that PostgreSQL aborted for deadlocks or serialization failures with concurrent writes each time it was
     * tried (the ingest tries several times): 503 with a short {@code Retry-After}, since the same request sent again
     * succeeds once the others are done. Nothing of it was stored.
     */
    private static Response conflictedTooOften(Throwable e, UriInfo uri, Request request) {
        Log.warnf(
                "Answered %s %s with 503: conflicted with concurrent writes (%s)",
                request.getMethod(), uri.getRequestUri().getRawPath(), rootMessage(e));
        return retryAfter(
                problem(
                        Status.SERVICE_UNAVAILABLE,
                        "The request collided with concurrent writes every time it was tried, so nothing was stored."
                                + " Please send it again in a second.",
                        uri),
                TransientConflict.RETRY_AFTER.toSeconds());
    }

    private static Response retryAfter(Response response, long seconds) {
        return Response.fromResponse(response)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .build();
    }

    /** What the database driver or the pool said: the innermost SQLException's message, else the root cause's. */
    private static String rootMessage(Throwable e) {
        Throwable said = null;
        Throwable t = e;
        for (int depth = 0; depth < 20; depth++) {
            if (t instanceof SQLException) {
                said = t;
            }
            if (t.getCause() == null || t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        return String.valueOf((said != null ? said : t).getMessage());
    }

    /** A browser asking for a page outside the API gets an HTML page rather than problem details. */
    private static boolean isPageRequest(String path, HttpHeaders headers) {
        return !path.startsWith(API_PATH)
                && headers.getAcceptableMediaTypes().stream()
                        .anyMatch(type -> !type.isWildcardType() && type.isCompatible(MediaType.TEXT_HTML_TYPE));
    }

    private static String jsonDetail(JsonProcessingException e) {
        if (!(e instanceof JsonParseException) && e.getCause() instanceof JsonParseException cause) {
            return jsonDetail(cause);
        }
        if (e instanceof JsonParseException parse) {
            JsonLocation at = parse.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            String reason = parse.getOriginalMessage() == null ? "" : parse.getOriginalMessage();
            if (reason.startsWith("Invalid UTF-8")) {
                return "The request body is not valid UTF-8" + where + ": send JSON text encoded as UTF-8.";
            }
            if (reason.startsWith("Duplicate field")) {
                return "The request body is not valid JSON" + where + ": " + duplicateField(reason)
                        + " is given twice.";
            }
            if (reason.contains("CTRL-CHAR")) {
                return "The request body is not valid JSON" + where
                        + ": a control character inside a string must be escaped (\\n, \\t, \\uXXXX).";
            }
            return "The request body is not valid JSON" + where + ".";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field \"" + unknown.getPropertyName() + "\": the request has no such field."
                    + knownFields(unknown);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            if (field.isEmpty()) {
                return mismatch.getOriginalMessage() != null
                                && mismatch.getOriginalMessage().startsWith("Trailing token")
                        ? "The request body must be one JSON object; there is more after it."
                        : "The request body must be a JSON object.";
            }
            return mismatch.getTargetType() == String.class
                    ? field + " must be a string."
                    : field + " has the wrong type.";
        }
        return "The request body could not be read as JSON.";
    }

    /** The fields the request has, in alphabetical order. */
    private static String knownFields(UnrecognizedPropertyException unknown) {
        if (unknown.getKnownPropertyIds() == null) {
            return "";
        }
        return " The fields are "
                + unknown.getKnownPropertyIds().stream()
                        .map(String::valueOf)
                        .sorted()
                        .collect(Collectors.joining(", "))
                + ".";
    }

    /** The field named in Jackson's "Duplicate field 'title'" message, quoted as this API quotes fields. */
    private static String duplicateField(String reason) {
        int open = reason.indexOf('\'');
        int close = reason.indexOf('\'', open + 1);
        return open >= 0 && close > open ? reason.substring(open + 1, close) : "a field";
    }

    private static Response problem(Status status, String detail, UriInfo uri) {
        return problem(status.getStatusCode(), status.getReasonPhrase(), detail, uri);
    }

    private static Response problem(int status, String title, String detail, UriInfo uri) {
        ProblemJson problem = new ProblemJson(
                ABOUT_BLANK, title, status, detail, uri.getRequestUri().getRawPath());
        return Response.status(status)
                .type(ProblemJson.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
