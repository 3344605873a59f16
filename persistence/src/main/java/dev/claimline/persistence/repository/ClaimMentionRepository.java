package dev.claimline.persistence.repository;

import dev.claimline.persistence.entity.ClaimMentionEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ClaimMentionRepository implements PanacheRepository<ClaimMentionEntity> {
    /** Every report of the given claims with its article, the earliest published first. */
    public List<ClaimMentionEntity> ofClaims(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select m from ClaimMentionEntity m join fetch m.article a where m.claim.id in :ids"
                                + " order by a.publishedAt, a.id, m.id",
                        ClaimMentionEntity.class)
                .setParameter("ids", claimIds)
                .getResultList();
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
