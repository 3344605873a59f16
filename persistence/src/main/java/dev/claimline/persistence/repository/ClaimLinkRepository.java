package dev.claimline.persistence.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The links between denials and the allegations they answer, in table {@code claim_link}. */
@ApplicationScoped
public class ClaimLinkRepository {
    public enum Kind {
        SAME_ARTICLE,
        ACROSS_ARTICLES
    }

    /** A denial and an allegation it answers. */
    public record Link(long denialId, long allegationId) {}

    private final EntityManager entityManager;

    public ClaimLinkRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores the link unless it exists already. */
    public boolean link(long denialId, long allegationId, Kind kind) {
        return entityManager
                        .createNativeQuery("insert into claim_link (denial_id, allegation_id, kind) values (:d, :a, :k)"
                                + " on conflict do nothing")
                        .setParameter("d", denialId)
                        .setParameter("a", allegationId)
                        .setParameter("k", kind.name())
                        .executeUpdate()
                == 1;
    }

    /**
     * Every link with one of {@code claimIds} at either end, ordered by denial and allegation. Any number of ids: they
     * are bound as one array, which each end matches through its own index.
     */
    public List<Link> touching(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select denial_id, allegation_id from claim_link where denial_id = any(:ids)"
                        + " union select denial_id, allegation_id from claim_link where allegation_id = any(:ids)"
                        + " order by 1, 2")
                .setParameter("ids", claimIds.toArray(Long[]::new))
                .getResultList();
        return rows.stream()
                .map(row -> new Link(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    /** Those of {@code denialIds} that answer an allegation reported in the same article. */
    public Set<Long> answeringInTheirArticle(Collection<Long> denialIds) {
        if (denialIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = entityManager
                .createNativeQuery("select distinct denial_id from claim_link"
                        + " where kind = 'SAME_ARTICLE' and denial_id in (:ids)")
                .setParameter("ids", denialIds)
                .getResultList();
        Set<Long> ids = new HashSet<>();
        rows.forEach(id -> ids.add(id.longValue()));
        return ids;
    }
}
