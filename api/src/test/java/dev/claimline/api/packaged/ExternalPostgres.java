package dev.claimline.api.packaged;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL server of its own, as an operator would run one beside Claimline: a database {@value #DATABASE} owned
 * by the login role {@value #USER}, which must give its password ({@code scram-sha-256}); only the test's own
 * superuser connections are trusted. It can be stopped and started again on the same port and data, like a database
 * that goes away and comes back.
 */
final class ExternalPostgres implements AutoCloseable {
    static final String DATABASE = "claimline";
    static final String USER = "claimline";
    static final String PASSWORD = "it-secret-5f2c";

    private static final String HBA =
            """
            local all all trust
            host all postgres 127.0.0.1/32 trust
            host all postgres ::1/128 trust
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;

    private ExternalPostgres(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A new server with an empty database, on a free port, its data in {@code dataDir} (empty or missing). */
    static ExternalPostgres create(Path dataDir) {
        ExternalPostgres postgres = new ExternalPostgres(dataDir, freePort());
        postgres.start();
        postgres.execute(
                "create role " + USER + " login password '" + PASSWORD + "'",
                "create database " + DATABASE + " owner " + USER);
        return postgres;
    }

    /** Starts the server (again) on its port and data. */
    void start() {
        try {
            Files.createDirectories(dataDir);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "localhost")
                    .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL on port " + port, e);
        }
    }

    /** Stops the server (fast shutdown: open connections are cut). */
    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** Runs statements as the superuser, connected to the {@code postgres} database. */
    void execute(String... statements) {
        try (Connection connection = superuser();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a query on {@value #DATABASE}, each row's columns joined by {@code |}. */
    List<String> query(String sql) {
        try (Connection connection = server.getDatabase("postgres", DATABASE).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                result.add(row.toString());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }

    private Connection superuser() throws SQLException {
        return server.getPostgresDatabase().getConnection();
    }

    private static void writeHba(Path dir) {
        try {
            Files.writeString(dir.resolve("pg_hba.conf"), HBA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
