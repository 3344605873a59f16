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
 * Checks the bodies posted to the endpoints that take articles before they are read. One without a
 * {@code Content-Type} is answered 415, like one of another type (which the resources refuse themselves): JAX-RS would
 * otherwise read it as JSON. And they are held to {@code claimline.input.max-body-size}: a body that
 * announces a larger {@code Content-Length} is answered at once with 413 problem details and never read; a chunked one
 * is read only up to the limit, and then refused the same way. (Quarkus's own {@code quarkus.http.limits.max-body-size}
 * answers an empty 413, and stays the outer limit of every other path.)
 */
@ApplicationScoped
public class ArticleBodies {
    /** After Quarkus's own limit (order -2), which would otherwise replace ours for chunked bodies. */
    private static final int ORDER = -1;

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private static final Set<String> PATHS = Set.of("/api/articles", "/api/extract");

    private final long limit;
    /** Reads a body that announces no length into memory, failing with 413 once it passes the limit. */
    private final BodyHandler chunked;

    public ArticleBodies(InputConfig config) {
        this.limit = config.maxBodySize().asLongValue();
        this.chunked = BodyHandler.create(false).setBodyLimit(limit).setHandleFileUploads(false);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check).failureHandler(this::failed);
    }

    /** The body handler refuses a chunked body that goes past the limit with 413, as a failure of this route. */
    private void failed(RoutingContext context) {
        if (context.statusCode() == 413) {
            tooLarge(context);
        } else {
            context.next();
        }
    }

    private void check(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST || !PATHS.contains(context.normalizedPath())) {
            context.next();
            return;
        }
        if (context.request().getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            refuse(
                    context,
                    415,
                    "Unsupported Media Type",
                    "Send the body as application/json; a body without Content-Type is not supported here.");
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
            tooLarge(context);
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

    private void tooLarge(RoutingContext context) {
        refuse(context, 413, "Request Entity Too Large", detail(limit));
    }

    /** Answers with problem details and closes the connection, so that the rest of the body need not be read. */
    private static void refuse(RoutingContext context, int status, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.normalizedPath());
        context.response()
                .setStatusCode(status)
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
