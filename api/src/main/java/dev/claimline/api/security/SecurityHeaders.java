package dev.claimline.api.security;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The security headers of every response, pages, API, static files and errors alike. The dashboard runs under a strict
 * Content-Security-Policy: its scripts, styles and images come from this service only, and nothing inline runs, so text
 * that slipped through escaping still could not execute. Swagger UI ({@value #SWAGGER_UI}) starts itself with an inline
 * script and styles itself inline, so it gets a policy that allows these on its own pages and nothing more; the Dev UI
 * (dev mode only) gets no policy.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'; form-action 'self'";
    static final String SWAGGER_UI = "/q/swagger-ui";
    private static final String DEV_UI = "/q/dev-ui";

    /** The dashboard uses none of these. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), midi=(),"
            + " accelerometer=(), gyroscope=(), magnetometer=()";

    /** Early, right after the request id, so that even the answers of filters and error handlers carry them. */
    private static final int ORDER = Integer.MIN_VALUE + 20;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(SecurityHeaders::add);
    }

    private static void add(RoutingContext context) {
        String path = context.normalizedPath();
        MultiMap headers = context.response().headers();
        String policy = policyFor(path);
        if (policy != null) {
            headers.set("Content-Security-Policy", policy);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        context.next();
    }

    /** The Content-Security-Policy for {@code path}, or null for none. */
    static String policyFor(String path) {
        if (path.equals(SWAGGER_UI) || path.startsWith(SWAGGER_UI + "/")) {
            return SWAGGER_UI_POLICY;
        }
        if (path.equals(DEV_UI) || path.startsWith(DEV_UI + "/")) {
            return null;
        }
        return CONTENT_SECURITY_POLICY;
    }
}
