package dev.claimline.dashboard.page;

import dev.claimline.dashboard.access.ApiKeys;
import dev.claimline.dashboard.form.CsrfTokens;
import dev.claimline.dashboard.form.IngestForm;
import dev.claimline.persistence.outage.DatabaseOutage;
import dev.claimline.persistence.outage.TransientConflict;
import dev.claimline.persistence.service.IngestService;
import dev.claimline.persistence.view.Ingested;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The form to paste an article into. A valid submission is stored like an article posted to the API, and the browser
 * goes on to the article's page (to the one stored before, with a notice, when it repeats one); an invalid one shows the form again with the input kept and every problem named.
 * Protected against cross-site request forgery by {@link CsrfTokens}. When {@link ApiKeys} are configured, a submission
 * must carry one, in the form's key field (or in the request's headers, as a browser signed in to read sends it); a
 * missing or wrong key shows the form again with the input kept, answered {@code 401} or {@code 403}.
 */
@Path(IngestPageResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class IngestPageResource {
    static final String PATH = "/ingest";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ingest(IngestPage page);
    }

    /**
     * The form page.
     *
     * @param problems by field name; the field {@code form} for problems of the whole submission
     */
    public record IngestPage(IngestForm form, Map<String, String> problems, String csrf, boolean asksForKey) {
        /** The problem with {@code field}, or null. */
        public String problem(String field) {
            return problems.get(field);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    static final String KEY_FIELD = "apiKey";

    private final IngestService ingest;
    private final ApiKeys keys;
    private final Clock clock;

    public IngestPageResource(IngestService ingest, ApiKeys keys) {
        this.ingest = ingest;
        this.keys = keys;
        this.clock = Clock.systemUTC();
    }

    @GET
    public Response form(
            @CookieParam(CsrfTokens.COOKIE) String cookie,
            @HeaderParam(ApiKeys.HEADER) String apiKeyHeader,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context UriInfo uri) {
        boolean asksForKey = keys.check(headerKey(apiKeyHeader, authorization)) != ApiKeys.Verdict.ACCEPTED;
        return page(Response.Status.OK, IngestForm.empty(LocalDate.now(clock)), Map.of(), cookie, asksForKey, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(
            @RestForm String title,
            @RestForm String body,
            @RestForm String publishedAt,
            @RestForm String source,
            @RestForm String url,
            @RestForm(CsrfTokens.FIELD) String csrf,
            @RestForm(KEY_FIELD) String apiKey,
            @CookieParam(CsrfTokens.COOKIE) String cookie,
            @HeaderParam("Sec-Fetch-Site") String fetchSite,
            @HeaderParam(ApiKeys.HEADER) String apiKeyHeader,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context UriInfo uri) {
        IngestForm form = new IngestForm(title, body, publishedAt, source, url);
        String headerKey = headerKey(apiKeyHeader, authorization);
        boolean signedIn = keys.check(headerKey) == ApiKeys.Verdict.ACCEPTED;
        if (!CsrfTokens.accepts(cookie, csrf, fetchSite)) {
            Log.infof("Refused an article submission without a valid form token (Sec-Fetch-Site: %s)", fetchSite);
            return page(
                    Response.Status.FORBIDDEN,
                    form,
                    Map.of(
                            "form",
                            "Nothing was stored: this form had expired or did not come from this site. Check the"
                                    + " article below and store it again."),
                    cookie,
                    !signedIn,
                    uri);
        }
        ApiKeys.Verdict verdict =
                apiKey == null || apiKey.isBlank() ? keys.check(headerKey) : keys.check(apiKey.strip());
        Map<String, String> byField = new LinkedHashMap<>();
        if (verdict == ApiKeys.Verdict.MISSING) {
            byField.put(KEY_FIELD, "Give an API key: this Claimline stores articles only from those who have one.");
        } else if (verdict == ApiKeys.Verdict.WRONG) {
            Log.infof("Refused an article submitted through the form with a key that is not configured");
            byField.put(
                    KEY_FIELD,
                    "That API key is not accepted here. Check it, or ask whoever runs this Claimline for one.");
        }
        form.problems().forEach(problem -> byField.putIfAbsent(problem.field(), problem.message()));
        if (!byField.isEmpty()) {
            Response.Status status =
                    switch (verdict) {
                        case MISSING -> Response.Status.UNAUTHORIZED;
                        case WRONG -> Response.Status.FORBIDDEN;
                        case ACCEPTED -> Response.Status.BAD_REQUEST;
                    };
            return page(status, form, byField, cookie, !signedIn, uri);
        }
        Ingested ingested;
        try {
            ingested = ingest.submit(form.article());
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCauseOf(e)) {
                Log.warnf(
                        "Could not store the article \"%s\" submitted through the form: the database is unavailable",
                        form.title());
                long seconds = DatabaseOutage.RETRY_AFTER.toSeconds();
                return unavailable(
                        form,
                        "The article could not be stored: the database cannot be reached at the moment. It is kept"
                                + " below; store it again in " + seconds + " seconds.",
                        seconds,
                        cookie,
                        !signedIn,
                        uri);
            }
            if (TransientConflict.isCauseOf(e)) {
                Log.warnf(
                        "Could not store the article \"%s\" submitted through the form: it conflicted with concurrent"
                                + " writes each time it was tried",
                        form.title());
                return unavailable(
                        form,
                        "The article could not be stored: it collided with other articles being stored at the same"
                                + " moment. It is kept below; store it again.",
                        TransientConflict.RETRY_AFTER.toSeconds(),
                        cookie,
                        !signedIn,
                        uri);
            }
            Log.errorf(e, "Could not store the article \"%s\" submitted through the form", form.title());
            return page(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    form,
                    Map.of("form", "Something went wrong on our side and nothing was stored; please try again."),
                    cookie,
                    !signedIn,
                    uri);
        }
        String query =
                switch (ingested.match()) {
                    case NEW -> "?stored=1";
                    case SAME_URL -> "?repeated=" + ArticlePageResource.REPEATED_URL;
                    case SAME_TEXT -> "?repeated=" + ArticlePageResource.REPEATED_TEXT;
                };
        return Response.seeOther(URI.create(Links.article(ingested.article().id()) + query))
                .build();
    }

    /** The key in the request's headers, as the API takes it: how a browser signed in to read sends it too. */
    private static String headerKey(String apiKeyHeader, String authorization) {
        return ApiKeys.presented(apiKeyHeader, authorization)
                .map(ApiKeys.Presented::key)
                .orElse(null);
    }

    /**
     * The form page; {@code asksForKey} when keys are configured and the browser did not send one already. The key
     * typed is never written back into the page.
     */
    /** The form again, kept as sent, with {@code problem}: 503 with {@code Retry-After}, nothing was stored. */
    private Response unavailable(
            IngestForm form, String problem, long retryAfterSeconds, String cookie, boolean asksForKey, UriInfo uri) {
        return Response.fromResponse(page(
                        Response.Status.SERVICE_UNAVAILABLE, form, Map.of("form", problem), cookie, asksForKey, uri))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .build();
    }

    private Response page(
            Response.Status status,
            IngestForm form,
            Map<String, String> problems,
            String cookie,
            boolean asksForKey,
            UriInfo uri) {
        String token = CsrfTokens.tokenFor(cookie);
        boolean secure = "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name()))
                .cookie(CsrfTokens.cookie(token, PATH, secure))
                .entity(Templates.ingest(new IngestPage(form, problems, token, asksForKey && keys.enabled()))
                        .render());
        if (status == Response.Status.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + ApiKeys.REALM + "\"");
        }
        return response.build();
    }
}
