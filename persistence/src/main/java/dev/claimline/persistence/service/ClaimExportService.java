package dev.claimline.persistence.service;

import dev.claimline.persistence.entity.ClaimEntity;
import dev.claimline.persistence.mapping.ClaimViews;
import dev.claimline.persistence.repository.ClaimRepository;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.jpa.AvailableHints;

/**
 * Hands every claim matching a filter to a sink, in the order of {@code /api/claims}, in constant memory however many
 * there are: one read-only transaction reads them through a database cursor, {@value #BATCH} claims at a time, and
 * forgets each batch once it is written.
 */
@ApplicationScoped
public class ClaimExportService {
    /** Where exported claims go, such as an HTTP response being written. */
    @FunctionalInterface
    public interface Sink {
        void accept(StoredClaim claim) throws IOException;
    }

    static final int BATCH = 500;
    /** Long enough for millions of claims to a slow client; the default transaction timeout is a minute. */
    private static final int TIMEOUT_SECONDS = 6 * 60 * 60;

    private final ClaimRepository claims;
    private final ClaimViews views;
    private final EntityManager entityManager;

    public ClaimExportService(ClaimRepository claims, ClaimViews views, EntityManager entityManager) {
        this.claims = claims;
        this.views = views;
        this.entityManager = entityManager;
    }

    /** Writes every claim matching {@code filter} to {@code sink}; how many there were. */
    public long export(ClaimFilter filter, Sink sink) throws IOException {
        try {
            return QuarkusTransaction.requiringNew()
                    .timeout(TIMEOUT_SECONDS)
                    .call(() -> exportInTransaction(filter, sink));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private long exportInTransaction(ClaimFilter filter, Sink sink) {
        entityManager.createNativeQuery("set transaction read only").executeUpdate();
        Session session = entityManager.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        long count = 0;
        try (Stream<ClaimEntity> stream = claims
                .matching(filter)
                .withHint(AvailableHints.HINT_FETCH_SIZE, BATCH)
                .withHint(AvailableHints.HINT_READ_ONLY, true)
                .stream()) {
            Iterator<ClaimEntity> cursor = stream.iterator();
            List<ClaimEntity> batch = new ArrayList<>(BATCH);
            while (cursor.hasNext()) {
                batch.add(cursor.next());
                if (batch.size() == BATCH || !cursor.hasNext()) {
                    for (StoredClaim claim : views.of(batch)) {
                        sink.accept(claim);
                        count++;
                    }
                    batch.clear();
                    session.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }
}
