package dev.claimline.persistence.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Like {@link EmbeddedPostgresTestResource}, but the server can be stopped and started again by the test, which gets it
 * in a field of type {@link RestartablePostgres}. For tests of what the application does while its database is down.
 */
public class RestartablePostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private RestartablePostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = RestartablePostgres.create();
        return Map.of(
                "quarkus.datasource.jdbc.url",
                postgres.jdbcUrl(),
                "quarkus.datasource.username",
                RestartablePostgres.USER);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(postgres, new TestInjector.MatchesType(RestartablePostgres.class));
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
