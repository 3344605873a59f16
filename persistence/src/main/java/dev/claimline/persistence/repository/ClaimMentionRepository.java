package dev.claimline.persistence.repository;

import dev.claimline.persistence.entity.ArticleEntity;
import dev.claimline.persistence.entity.ClaimMentionEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

@ApplicationScoped
public class ClaimMentionRepository implements PanacheRepository<ClaimMentionEntity> {
    private static final Comparator<ClaimMentionEntity> EARLIEST_FIRST = Comparator.comparing(
                    (ClaimMentionEntity m) -> m.article.publishedAt)
            .thenComparing(m -> m.article.id)
            .thenComparing(m -> m.id);

    /**
     * Every report of the given claims (any number: they are bound as one array) with its article, the earliest
     * published first.
     */
    public List<ClaimMentionEntity> ofClaims(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = claimIds.toArray(Long[]::new);
        // The articles first, so that the reports find theirs loaded (one statement, not one per article).
        getEntityManager()
                .createNativeQuery(
                        "select a.* from article a where a.id in"
                                + " (select m.article_id from claim_mention m where m.claim_id = any(:ids))",
                        ArticleEntity.class)
                .setParameter("ids", ids)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<ClaimMentionEntity> reports = new ArrayList<>(getEntityManager()
                .createNativeQuery(
                        "select m.* from claim_mention m where m.claim_id = any(:ids)", ClaimMentionEntity.class)
                .setParameter("ids", ids)
                .getResultList());
        reports.sort(EARLIEST_FIRST);
        return reports;
    }

    /** The reports in one article, with their claims, in the order of their evidence in the body. */
    public List<ClaimMentionEntity> inArticle(long articleId) {
        return getEntityManager()
                .createQuery(
                        "select m from ClaimMentionEntity m join fetch m.claim join fetch m.article"
                                + " where m.article.id = :id order by m.evidenceStart, m.id",
                        ClaimMentionEntity.class)
                .setParameter("id", articleId)
                .getResultList();
    }
}
