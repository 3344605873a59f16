package dev.claimline.api.security;

import dev.claimline.api.dto.ProblemJson;
import dev.claimline.dashboard.access.ApiKeys;
import dev.claimline.dashboard.access.ApiKeys.Presented;
import dev.claimline.dashboard.access.ApiKeys.Scheme;
import dev.claimline.dashboard.access.ApiKeys.Verdict;
import dev.claimline.dashboard.page.ErrorPages;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Asks for an API key ({@link ApiKeys}) before anything else happens to a request, when keys are configured: for every
 * write (any method but GET, HEAD and OPTIONS: storing an article, and extracting claims, which stores nothing but
 * costs CPU), and with {@code claimline.api-keys.protect-reads} for every read of the API and the dashboard too.
 * Health, metrics and OpenAPI ({@code /q/}) and the dashboard's static files are never behind a key: they are not
 * served by these resources.
 *
 * <p>Keys come in {@code X-Api-Key} or {@code Authorization: Bearer}. Reads also take {@code Authorization: Basic} with
 * the key as the password, which is how a browser signs in when reads are protected; writes never do, so that a
 * browser's remembered sign-in cannot be used by another site's page to write. The dashboard's ingest form asks for its
 * key itself ({@code IngestPageResource}), so that a missing or wrong one shows the form again with the article in it.
 *
 * <p>No key is {@code 401} with a {@code WWW-Authenticate} challenge, a wrong key {@code 403}; the API answers with
 * problem details, a page with an HTML page whose Basic challenge makes the browser ask again.
 */
public class AccessControl {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String API_PATH = "/api/";
    /** The ingest form checks its key itself; only this exact method and path. */
    private static final String FORM_PATH = "/ingest";

    static final String BEARER_CHALLENGE = "Bearer realm=\"" + ApiKeys.REALM + "\"";
    static final String BASIC_CHALLENGE = "Basic realm=\"" + ApiKeys.REALM + "\", charset=\"UTF-8\"";
    private static final String HOW = "send it in the " + ApiKeys.HEADER + " header or as Authorization: Bearer <key>";

    private final ApiKeys keys;

    public AccessControl(ApiKeys keys) {
        this.keys = keys;
    }

    /** Null when the request may go on, otherwise the answer that refuses it. */
    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        if (!keys.enabled()) {
            return null;
        }
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        boolean read = READS.contains(method);
        if (method.equals("OPTIONS")
                || read && !keys.protectsReads()
                || method.equals("POST") && path.equals(FORM_PATH)) {
            return null;
        }
        Optional<Presented> presented = ApiKeys.presented(
                request.getHeaderString(ApiKeys.HEADER), request.getHeaderString(HttpHeaders.AUTHORIZATION));
        boolean basic = presented.map(p -> p.scheme() == Scheme.BASIC).orElse(false);
        if (!read && basic) {
            return problem(
                    Status.UNAUTHORIZED,
                    method + " " + path + " needs an API key, and Authorization: Basic is taken for reading only: "
                            + HOW + ".",
                    instance,
                    false);
        }
        Verdict verdict = keys.check(presented.map(Presented::key).orElse(null));
        if (verdict == Verdict.ACCEPTED) {
            return null;
        }
        if (read && !path.startsWith(API_PATH)) {
            return page(verdict, basic);
        }
        if (verdict == Verdict.WRONG) {
            return problem(
                    Status.FORBIDDEN,
                    "The API key sent is not accepted here; check it, or ask whoever runs this service for one.",
                    instance,
                    read);
        }
        return problem(
                Status.UNAUTHORIZED,
                (read ? "Reading this service needs an API key: " : method + " " + path + " needs an API key: ") + HOW
                        + ".",
                instance,
                read);
    }

    /** A dashboard page: browsers show HTML, and ask for a key again after a Basic challenge. */
    private static Response page(Verdict verdict, boolean basic) {
        if (verdict == Verdict.WRONG && !basic) {
            return ErrorPages.keyNeeded(
                    Status.FORBIDDEN,
                    "Key not accepted",
                    "The API key sent with this request is not accepted here, so this page cannot be shown.");
        }
        Response page = verdict == Verdict.WRONG
                ? ErrorPages.keyNeeded(
                        Status.UNAUTHORIZED,
                        "Key not accepted",
                        "That key is not accepted here. Reading this Claimline needs an API key.")
                : ErrorPages.keyNeeded(
                        Status.UNAUTHORIZED, "Sign in with a key", "Reading this Claimline needs an API key.");
        return Response.fromResponse(page)
                .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE)
                .build();
    }

    /**
     * Problem details; a {@code 401} challenges for a bearer token, and for reads also for Basic, so that a browser
     * signed in to the dashboard sends its key to the API (the live updates' stream) too.
     */
    private static Response problem(Status status, String detail, String instance, boolean read) {
        Response.ResponseBuilder response = Response.status(status)
                .type(ProblemJson.MEDIA_TYPE)
                .entity(new ProblemJson(
                        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance));
        if (status == Status.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
            if (read) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
            }
        }
        return response.build();
    }
}
