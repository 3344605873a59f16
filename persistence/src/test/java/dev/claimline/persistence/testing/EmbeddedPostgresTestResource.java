package dev.claimline.persistence.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL for {@code @QuarkusTest} classes: a fresh embedded server on a temporary data directory, removed
 * again when the tests end. Test classes that name the same resources share one server and one application start.
 */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE,
                "quarkus.datasource.username",
                USER);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
