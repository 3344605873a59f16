package dev.claimline.persistence.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import org.hibernate.Session;

/**
 * Announces stored claims to every replica: one PostgreSQL {@code NOTIFY} on {@value LiveClaims#CHANNEL} per claim,
 * with the claim id as payload. It runs in the storing transaction, so PostgreSQL delivers the notifications when, and
 * only when, that transaction commits: a listener never hears of a claim it cannot read yet, nor of one rolled back.
 */
@ApplicationScoped
public class ClaimNotifier {
    private static final String NOTIFY_SQL = "select pg_notify(?, cast(id as text)) from unnest(?) as ids(id)";

    private final EntityManager entityManager;

    public ClaimNotifier(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void onStored(@Observes ClaimsStored stored) {
        if (stored.claimIds().isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            Array ids = connection.createArrayOf("bigint", stored.claimIds().toArray());
            try (PreparedStatement statement = connection.prepareStatement(NOTIFY_SQL)) {
                statement.setString(1, LiveClaims.CHANNEL);
                statement.setArray(2, ids);
                statement.execute();
            } finally {
                ids.free();
            }
        });
    }
}
