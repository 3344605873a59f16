package dev.claimline.persistence.repository;

import dev.claimline.persistence.entity.ArticleEntity;
import dev.claimline.persistence.entity.ClaimMentionEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ClaimMentionRepository implements PanacheRepository<ClaimMentionEntity> {
    /** Ids per statement, below PostgreSQL's limit of 65,535 parameters. */
    static final int IDS_PER_QUERY = 30_000;

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

    /** The evidence of every report of the given claims, by claim, each claim's reports in the order stored. */
    public Map<Long, List<String>> evidenceOf(Collection<Long> claimIds) {
        Map<Long, List<String>> evidence = new HashMap<>();
        List<Long> ids = List.copyOf(claimIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Object[]> rows = getEntityManager()
                    .createQuery(
                            "select m.claim.id, m.evidenceText from ClaimMentionEntity m where m.claim.id in :ids"
                                    + " order by m.id",
                            Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                    .getResultList();
            for (Object[] row : rows) {
                evidence.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
            }
        }
        return evidence;
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
