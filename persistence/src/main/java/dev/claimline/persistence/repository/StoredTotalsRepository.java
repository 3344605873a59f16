package dev.claimline.persistence.repository;

import dev.claimline.extraction.ClaimType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * How many articles and claims are stored, from the totals the database keeps (migration V6: slots that triggers add
 * to at commit), rather than from counting whole tables.
 */
@ApplicationScoped
public class StoredTotalsRepository {
    private final EntityManager entityManager;

    public StoredTotalsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The articles stored. */
    public long articles() {
        return sum("articles");
    }

    /** The claims of {@code type} stored, or with null allegations and denials (other statements left out). */
    public long claims(ClaimType type) {
        return sum(
                type == null
                        ? "allegations + denials"
                        : switch (type) {
                            case ALLEGATION -> "allegations";
                            case DENIAL -> "denials";
                            case OTHER -> "claims - allegations - denials";
                        });
    }

    private long sum(String columns) {
        return ((Number) entityManager
                        .createNativeQuery("select coalesce(sum(" + columns + "), 0) from stored_totals")
                        .getSingleResult())
                .longValue();
    }
}
