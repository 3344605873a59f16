package dev.claimline.dashboard.page;

import dev.claimline.extraction.Actor;
import dev.claimline.extraction.Gazetteer;
import dev.claimline.persistence.service.ArticleQueryService;
import dev.claimline.persistence.service.ClaimQueryService;
import dev.claimline.persistence.view.Dyad;
import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The HTML pages: every country pair, the timeline of one pair, and the articles the claims come from. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Dyad> dyads);

        static native TemplateInstance dyad(Actor first, Actor second, List<StoredClaim> claims);

        static native TemplateInstance article(StoredArticle article);
    }

    private final ClaimQueryService claims;
    private final ArticleQueryService articles;
    private final Gazetteer gazetteer;

    public DashboardResource(ClaimQueryService claims, ArticleQueryService articles, Gazetteer gazetteer) {
        this.claims = claims;
        this.articles = articles;
        this.gazetteer = gazetteer;
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(claims.dyads());
    }

    @GET
    @Path("dyads/{a}/{b}")
    public TemplateInstance dyad(@PathParam("a") String a, @PathParam("b") String b) {
        Actor first = actor(a);
        Actor second = actor(b);
        if (first.equals(second)) {
            throw new NotFoundException("A country pair needs two different countries.");
        }
        return Templates.dyad(first, second, claims.timeline(first.code(), second.code()));
    }

    @GET
    @Path("articles/{id}")
    public TemplateInstance article(@PathParam("id") String id) {
        return parseId(id)
                .flatMap(articles::byId)
                .map(Templates::article)
                .orElseThrow(() -> new NotFoundException("There is no article " + id + "."));
    }

    /** Pages that do not exist are answered with an HTML page, not the API's JSON problem. */
    @ServerExceptionMapper
    Response notFound(NotFoundException e) {
        return ErrorPages.notFound(e.getMessage());
    }

    private Actor actor(String code) {
        return gazetteer
                .byCode(code)
                .orElseThrow(() -> new NotFoundException("No country or organisation has the code " + code + "."));
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
