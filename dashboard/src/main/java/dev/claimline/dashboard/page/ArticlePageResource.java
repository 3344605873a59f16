package dev.claimline.dashboard.page;

import dev.claimline.dashboard.text.HighlightedText;
import dev.claimline.persistence.service.ArticleQueryService;
import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;

/** An article: its text with each claim's evidence marked by type and numbered, and its claims beside it. */
@Path("/articles/{id}")
@Produces(MediaType.TEXT_HTML)
public class ArticlePageResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(ArticlePage page);
    }

    /**
     * @param stored whether the article was just stored through the form
     */
    public record ArticlePage(StoredArticle article, HighlightedText text, List<ClaimItem> claims, boolean stored) {}

    private final ArticleQueryService articles;

    public ArticlePageResource(ArticleQueryService articles) {
        this.articles = articles;
    }

    @GET
    public TemplateInstance article(@PathParam("id") String id, @RestQuery String stored) {
        StoredArticle article = parseId(id)
                .flatMap(articles::byId)
                .orElseThrow(() -> new PageNotFoundException("There is no article " + id + "."));
        List<StoredClaim> claims = article.claims();
        Map<Long, StoredClaim> known =
                claims.stream().collect(Collectors.toMap(StoredClaim::id, Function.identity(), (x, y) -> x));
        Set<Long> ids = new HashSet<>(known.keySet());
        return Templates.article(new ArticlePage(
                article,
                HighlightedText.of(article.body(), claims),
                ClaimItem.of(claims, known, ids, article.id()),
                stored != null));
    }

    private static java.util.Optional<Long> parseId(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
