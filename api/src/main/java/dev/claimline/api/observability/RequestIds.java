package dev.claimline.api.observability;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request an id: the {@value #HEADER} header a proxy or client sent, when it is a plain token of at
 * most 64 characters, or else a new random UUID. The id goes back in the response's {@value #HEADER} header, into the
 * access log ({@code %{o,X-Request-Id}} in its pattern) and into the logging context as {@value #MDC_KEY}, where JSON
 * log lines carry it in {@code mdc.requestId}.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Ids from outside are echoed into logs: only plain tokens, so no one can forge log lines with them. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** Before every other route, so that the id is there for everything that handles or logs the request. */
    private static final int ORDER = Integer.MIN_VALUE + 10;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(RequestIds::assign);
    }

    private static void assign(RoutingContext context) {
        String id = idOf(context.request().getHeader(HEADER));
        context.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        context.next();
    }

    /** {@code received} when it is acceptable as an id, a new one otherwise. */
    static String idOf(String received) {
        if (received != null && ACCEPTED.matcher(received).matches()) {
            return received;
        }
        return UUID.randomUUID().toString();
    }
}
