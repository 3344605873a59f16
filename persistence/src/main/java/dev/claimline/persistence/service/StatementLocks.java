package dev.claimline.persistence.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Serialises the transactions that may merge reports of one statement or link a denial to an allegation, across every
 * replica that shares the database: PostgreSQL transaction-scoped advisory locks, one per actor code. Two reports of
 * one statement share their claimant, and a denial and an allegation it answers share an actor the allegation accuses
 * and the denial defends, so each such pair of transactions takes at least one lock in common and the second sees what
 * the first committed. Locks are taken in one global order (by key), so transactions cannot deadlock on them, and are
 * released at commit or rollback.
 */
@ApplicationScoped
public class StatementLocks {
    /** The first key of every Claimline advisory lock, so they never collide with others' locks in the database. */
    static final int NAMESPACE = 0x434c4d4c;

    private static final String LOCK_SQL = "select count(*) from (select pg_advisory_xact_lock(:namespace, k.key)"
            + " from (select key from unnest(cast(:keys as int[])) as u(key) order by key offset 0) k) locked";

    private final EntityManager entityManager;

    public StatementLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks {@code codes} until the current transaction ends; waits while another transaction holds any of them. */
    public void lockActors(Collection<String> codes) {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException("advisory locks are only held within a transaction");
        }
        TreeSet<Integer> keys = new TreeSet<>();
        for (String code : codes) {
            keys.add(key(code));
        }
        if (keys.isEmpty()) {
            return;
        }
        // One statement for all keys: the subquery hands them to the lock function in ascending order.
        entityManager
                .createNativeQuery(LOCK_SQL)
                .setParameter("namespace", NAMESPACE)
                .setParameter("keys", keys.stream().mapToInt(Integer::intValue).toArray())
                .getSingleResult();
    }

    /** The lock key of an actor code: {@link String#hashCode()}, which Java specifies, so every replica agrees. */
    static int key(String code) {
        return code.hashCode();
    }
}
