package dev.claimline.dashboard.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The HTML error pages, for pages that do not exist, for pages that need a key and for pages asked for while the
 * database is unavailable; the API answers with problem details instead.
 */
public final class ErrorPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(String message);

        static native TemplateInstance databaseUnavailable(long seconds);

        static native TemplateInstance keyNeeded(String heading, String message);
    }

    private ErrorPages() {}

    /** A 404 answer with the HTML page saying {@code message}. */
    public static Response notFound(String message) {
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name()))
                .entity(Templates.notFound(message).render())
                .build();
    }

    /**
     * A 503 answer with the HTML page that says the database cannot be reached and to try again after {@code retryAfter},
     * which it also sends as {@code Retry-After}.
     */
    public static Response databaseUnavailable(Duration retryAfter) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name()))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()))
                .entity(Templates.databaseUnavailable(retryAfter.toSeconds()).render())
                .build();
    }

    /**
     * An answer with the HTML page saying that reading this service needs a key, with {@code status} ({@code 401} or
     * {@code 403}) and no headers: the caller adds the challenge.
     */
    public static Response keyNeeded(Response.Status status, String heading, String message) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name()))
                .entity(Templates.keyNeeded(heading, message).render())
                .build();
    }
}
