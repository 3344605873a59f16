package dev.claimline.persistence.service;

import dev.claimline.extraction.Article;
import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.extraction.ExtractionResult;
import dev.claimline.persistence.entity.ArticleEntity;
import dev.claimline.persistence.extraction.ClaimSource;
import dev.claimline.persistence.mapping.EntityViews;
import dev.claimline.persistence.repository.ArticleRepository;
import dev.claimline.persistence.view.StoredArticle;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** Takes in new articles: extracts their claims and stores article and claims together. */
@ApplicationScoped
public class IngestService {
    private final ClaimSource claimSource;
    private final ArticleRepository articles;

    public IngestService(ClaimSource claimSource, ArticleRepository articles) {
        this.claimSource = claimSource;
        this.articles = articles;
    }

    /**
     * Extracts the claims of {@code article} and stores both atomically. Extraction is CPU work and runs before the
     * transaction opens, so no database connection is held meanwhile.
     */
    public StoredArticle ingest(Article article) {
        ExtractionResult result = claimSource.extract(article);
        StoredArticle stored = QuarkusTransaction.joiningExisting().call(() -> store(article, result));
        Log.infof(
                "Stored article %d \"%s\" with %d claims",
                stored.id(), stored.title(), stored.claims().size());
        return stored;
    }

    private StoredArticle store(Article article, ExtractionResult result) {
        String language = article.language() != null ? article.language() : result.language();
        ArticleEntity entity = EntityViews.newArticle(article, language);
        for (ExtractedClaim claim : result.claims()) {
            entity.addClaim(EntityViews.newClaim(claim));
        }
        articles.persistAndFlush(entity);
        return EntityViews.article(entity);
    }
}
