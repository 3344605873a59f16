package dev.claimline.persistence.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Resets the database between tests that share one application and one database. */
public final class TestDatabase {
    private TestDatabase() {}

    /** Removes every article and, with them, every claim. */
    public static void clear(EntityManager entityManager) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("truncate table article restart identity cascade")
                .executeUpdate());
    }
}
