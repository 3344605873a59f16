package dev.claimline.persistence.service;

import dev.claimline.persistence.entity.ArticleEntity;
import dev.claimline.persistence.mapping.EntityViews;
import dev.claimline.persistence.repository.ArticleRepository;
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

    public ArticleQueryService(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The article with its claims, or empty when there is none with that id. */
    public Optional<StoredArticle> byId(long id) {
        return articles.findByIdOptional(id).map(EntityViews::article);
    }

    /** A page of articles, the most recently published first. */
    public Page<ArticleSummary> newestFirst(PageRequest request) {
        List<ArticleEntity> entities = articles.newestFirst(request.page(), request.size());
        Map<Long, Long> claimCounts =
                articles.claimCounts(entities.stream().map(a -> a.id).toList());
        List<ArticleSummary> items = entities.stream()
                .map(a -> EntityViews.summary(a, claimCounts.getOrDefault(a.id, 0L)))
                .toList();
        return new Page<>(items, request.page(), request.size(), articles.count());
    }

    public long count() {
        return articles.count();
    }
}
