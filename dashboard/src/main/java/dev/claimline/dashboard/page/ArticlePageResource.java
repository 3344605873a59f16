package dev.claimline.dashboard.page;

import dev.claimline.dashboard.text.HighlightedText;
import dev.claimline.extraction.LanguageDetector;
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
     * @param repeated {@code url} or {@code text} when the form's article had been stored before, with this address or
     *     this text, and this stored one is shown instead; null otherwise
     */
    public record ArticlePage(
            StoredArticle article, HighlightedText text, List<ClaimItem> claims, boolean stored, String repeated) {
        /** What tells the user that the article they submitted was stored before, or null. */
        public String repeatNotice() {
            if (repeated == null) {
                return null;
            }
            String what = REPEATED_URL.equals(repeated) ? "this address" : "this text";
            return "This article was stored before, with " + what + ", so nothing new was stored: this is the stored"
                    + " article.";
        }

        /** Why an article without claims has none when its language is not English, or null. */
        public String languageNotice() {
            String language = article.language();
            if (language == null || LanguageDetector.isEnglish(language) || !claims.isEmpty()) {
                return null;
            }
            String name = LanguageDetector.standard().name(language);
            String written = name == null ? "in the language “" + language + "”" : "in " + name;
            return "This article is " + written + ". Claimline reads claims in English only, so none were looked for.";
        }
    }

    /** The value of {@code ?repeated=} for an article submitted again with an address stored before. */
    public static final String REPEATED_URL = "url";
    /** The value of {@code ?repeated=} for an article submitted again with a text stored before. */
    public static final String REPEATED_TEXT = "text";

    private final ArticleQueryService articles;

    public ArticlePageResource(ArticleQueryService articles) {
        this.articles = articles;
    }

    @GET
    public TemplateInstance article(@PathParam("id") String id, @RestQuery String stored, @RestQuery String repeated) {
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
                stored != null,
                REPEATED_URL.equals(repeated) || REPEATED_TEXT.equals(repeated) ? repeated : null));
    }

    private static java.util.Optional<Long> parseId(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
