package dev.claimline.api;

import dev.claimline.api.embedded.EmbeddedDatabase;
import dev.claimline.api.embedded.EmbeddedDatabaseException;
import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts Claimline. Without a configured database ({@code quarkus.datasource.jdbc.url} from the environment, {@code
 * -D}, {@code .env} or {@code config/application.properties}) it first starts an embedded PostgreSQL whose data lives
 * in {@code ./data} ({@value #DATA_DIR}), and stops it again after the application has stopped. With {@value
 * #EMBEDDED_ENABLED} {@code false} (as in production) a missing database URL stops it at once instead.
 *
 * <p>{@code @QuarkusTest} does not run this: tests bring their own database.
 */
@QuarkusMain
public final class ClaimlineMain {
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    /** Where the embedded PostgreSQL keeps its data, relative to the working directory. */
    static final String DATA_DIR = "claimline.embedded.data-dir";
    /** {@code false} forbids the embedded PostgreSQL: without a database URL the service then refuses to start. */
    static final String EMBEDDED_ENABLED = "claimline.embedded.enabled";

    static final String DEFAULT_DATA_DIR = "data";

    private ClaimlineMain() {}

    public static void main(String... args) {
        // The configuration as it stands before the application starts: the same sources, profiles included.
        Config config = ConfigProvider.getConfig();
        if (config.getOptionalValue(JDBC_URL, String.class).isEmpty()) {
            if (!config.getOptionalValue(EMBEDDED_ENABLED, Boolean.class).orElse(true)) {
                // Log records made before Quarkus runs are only written once it has started: say it directly.
                System.err.println("Claimline cannot start: no database is configured (QUARKUS_DATASOURCE_JDBC_URL)"
                        + " and the embedded PostgreSQL is switched off (CLAIMLINE_EMBEDDED_ENABLED=false).");
                System.exit(1);
                return;
            }
            startEmbeddedDatabase(
                    Path.of(config.getOptionalValue(DATA_DIR, String.class).orElse(DEFAULT_DATA_DIR)));
        }
        Quarkus.run(args);
    }

    private static void startEmbeddedDatabase(Path dataDir) {
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.start(dataDir);
        } catch (EmbeddedDatabaseException e) {
            // Log records made before Quarkus runs are only written once it has started: say it directly.
            System.err.println("Claimline cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.setProperty(JDBC_URL, database.jdbcUrl());
        System.setProperty(USERNAME, EmbeddedDatabase.USER);
        // Quarkus.run ends in System.exit, so the database is stopped from a hook of its own, once Quarkus is down.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> stopAfterApplication(database), "embedded-postgres-stop"));
    }

    private static void stopAfterApplication(EmbeddedDatabase database) {
        Application application = Application.currentApplication();
        if (application != null) {
            application.awaitShutdown();
        }
        database.close();
    }
}
