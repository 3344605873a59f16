package dev.claimline.persistence.service;

import dev.claimline.persistence.entity.ArticleEntity;
import dev.claimline.persistence.mapping.ClaimViews;
import dev.claimline.persistence.mapping.EntityViews;
import dev.claimline.persistence.repository.ArticleRepository;
import dev.claimline.persistence.repository.StoredTotalsRepository;
import dev.claimline.persistence.view.ArticleSummary;
import dev.claimline.persistence.view.Page;
import dev.claimline.persistence.view.StoredArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads stored articles. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleQueryService {
    private final ArticleRepository articles;
    private final StoredTotalsRepository totals;
    private final ClaimViews claims;

    public ArticleQueryService(ArticleRepository articles, StoredTotalsRepository totals, ClaimViews claims) {
        this.articles = articles;
        this.totals = totals;
        this.claims = claims;
    }

    /** The article with the claims it reports, as it reports them, or empty when there is none with that id. */
    public Optional<StoredArticle> byId(long id) {
        return articles.findByIdOptional(id).map(article -> EntityViews.article(article, claims.inArticle(id)));
    }

    /** A page of articles, the most recently published first. */
    public Page<ArticleSummary> newestFirst(PageRequest request) {
        List<ArticleEntity> entities = articles.newestFirst(request.page(), request.size());
        Map<Long, Long> claimCounts =
                articles.claimCounts(entities.stream().map(a -> a.id).toList());
        List<ArticleSummary> items = entities.stream()
                .map(a -> EntityViews.summary(a, claimCounts.getOrDefault(a.id, 0L)))
                .toList();
        return new Page<>(items, request.page(), request.size(), totals.articles());
    }

    public long count() {
        return totals.articles();
    }
}
