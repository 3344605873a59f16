package dev.claimline.persistence.repository;

import dev.claimline.persistence.dedup.ArticleKeys;
import dev.claimline.persistence.entity.ArticleEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<ArticleEntity> {
    private static final Sort NEWEST_FIRST = Sort.descending("publishedAt", "id");

    /** One page of articles, the most recently published first. */
    public List<ArticleEntity> newestFirst(int page, int size) {
        return findAll(NEWEST_FIRST).page(Page.of(page, size)).list();
    }

    /**
     * Inserts {@code article} unless an article with the same address or text is stored already, or is being stored by
     * a transaction that then commits (PostgreSQL waits for it: the unique indexes decide, not this service).
     *
     * @return the new article, managed; empty when one with the same keys exists
     */
    public Optional<ArticleEntity> insertIfNew(ArticleEntity article) {
        List<?> ids = getEntityManager()
                .createNativeQuery("insert into article (title, body, published_at, url, source, language, url_hash,"
                        + " content_hash) values (:title, :body, :publishedAt, cast(:url as text),"
                        + " cast(:source as text), cast(:language as varchar), cast(:urlHash as varchar), :contentHash)"
                        + " on conflict do nothing returning id")
                .setParameter("title", article.title)
                .setParameter("body", article.body)
                .setParameter("publishedAt", article.publishedAt)
                .setParameter("url", article.url)
                .setParameter("source", article.source)
                .setParameter("language", article.language)
                .setParameter("urlHash", article.urlHash)
                .setParameter("contentHash", article.contentHash)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(findById(((Number) ids.get(0)).longValue()));
    }

    /** The stored article with the same address, or else the one with the same text. */
    public Optional<ArticleEntity> sameAs(ArticleKeys keys) {
        if (keys.urlHash() == null) {
            return find("contentHash", keys.contentHash()).firstResultOptional();
        }
        // One query for both keys: the article with the address comes first.
        return find(
                        "urlHash = :url or contentHash = :content"
                                + " order by case when urlHash = :url then 0 else 1 end, id",
                        Parameters.with("url", keys.urlHash()).and("content", keys.contentHash()))
                .firstResultOptional();
    }

    /** How many claims each of the given articles reports; articles without claims are absent. */
    public Map<Long, Long> claimCounts(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery(
                        "select m.article.id, count(m) from ClaimMentionEntity m where m.article.id in :ids"
                                + " group by m.article.id",
                        Object[].class)
                .setParameter("ids", articleIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
