package dev.claimline.api.input;

import dev.claimline.api.config.InputConfig;
import dev.claimline.api.dto.ProblemJson;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Holds the bodies posted to the endpoints that take articles to {@code claimline.input.max-body-size}. A body that
 * announces a larger {@code Content-Length} is answered at once with 413 problem details and never read; a chunked one
 * is read only up to the limit, and then refused the same way. (Quarkus's own {@code quarkus.http.limits.max-body-size}
 * answers an empty 413, and stays the outer limit of every other path.)
 */
@ApplicationScoped
public class BodySizeLimit {
    /** After Quarkus's own limit (order -2), which would otherwise replace ours for chunked bodies. */
    private static final int ORDER = -1;

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private static final Set<String> PATHS = Set.of("/api/articles", "/api/extract");

    private final long limit;
    /** Reads a body that announces no length into memory, failing with 413 once it passes the limit. */
    private final BodyHandler chunked;

    public BodySizeLimit(InputConfig config) {
        this.limit = config.maxBodySize().asLongValue();
        this.chunked = BodyHandler.create(false).setBodyLimit(limit).setHandleFileUploads(false);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check).failureHandler(this::failed);
    }

    /** The body handler refuses a chunked body that goes past the limit with 413, as a failure of this route. */
    private void failed(RoutingContext context) {
        if (context.statusCode() == 413) {
            refuse(context, limit);
        } else {
            context.next();
        }
    }

    private void check(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST || !PATHS.contains(context.normalizedPath())) {
            context.next();
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            chunked.handle(context);
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared > limit) {
            refuse(context, limit);
            return;
        }
        context.next();
    }

    /** The detail of the 413 answer for a body over {@code limit} bytes. */
    public static String detail(long limit) {
        String exact = readable(limit).endsWith(" bytes") ? "" : " (" + limit + " bytes)";
        return "The request body is larger than " + readable(limit) + exact
                + ", the most this service accepts (claimline.input.max-body-size); send a shorter article.";
    }

    /** Answers 413 and closes the connection, so that the rest of the body need not be read. */
    private static void refuse(RoutingContext context, long limit) {
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", "Request Entity Too Large")
                .put("status", 413)
                .put("detail", detail(limit))
                .put("instance", context.normalizedPath());
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemJson.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem.encode());
    }

    private static String readable(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= KIB && bytes % KIB == 0) {
            return bytes / KIB + " KiB";
        }
        return bytes + " bytes";
    }
}
