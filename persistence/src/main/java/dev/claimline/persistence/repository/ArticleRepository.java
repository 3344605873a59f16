package dev.claimline.persistence.repository;

import dev.claimline.persistence.entity.ArticleEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<ArticleEntity> {
    private static final Sort NEWEST_FIRST = Sort.descending("publishedAt", "id");

    /** One page of articles, the most recently published first. */
    public List<ArticleEntity> newestFirst(int page, int size) {
        return findAll(NEWEST_FIRST).page(Page.of(page, size)).list();
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
