package dev.claimline.dashboard.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/** The HTML error pages, for pages that do not exist; the API answers with problem details instead. */
public final class ErrorPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(String message);
    }

    private ErrorPages() {}

    /** A 404 answer with the HTML page saying {@code message}. */
    public static Response notFound(String message) {
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name()))
                .entity(Templates.notFound(message).render())
                .build();
    }
}
