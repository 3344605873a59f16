package dev.claimline.api.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL of the default run: durable, exclusive, and able to recover from a killed predecessor. */
class EmbeddedDatabaseTest {
    @TempDir
    Path directory;

    @Test
    void runsDurablyAndKeepsCommittedDataAcrossRestarts() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory);
                Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "show fsync")).isEqualTo("on");
            assertThat(single(statement, "show synchronous_commit")).isEqualTo("on");
            statement.execute("create table note (text text)");
            statement.execute("insert into note values ('kept')");
        }

        assertThat(directory.resolve("postgresql/PG_VERSION")).exists();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory);
                Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select text from note")).isEqualTo("kept");
        }
    }

    @Test
    void refusesASecondInstanceOnTheSameDirectory() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(directory))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining(
                            "Another Claimline is already running on the database in " + directory.toAbsolutePath())
                    .hasMessageContaining("claimline.embedded.data-dir");
        }
    }

    @Test
    void stopsTheServerOfAKilledInstanceAndRecoversItsData() throws Exception {
        Process killed = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledInstance.class.getName(),
                        directory.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            awaitReady(killed);
        } finally {
            killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        ProcessHandle orphan = postmaster(directory.resolve("postgresql"));
        assertThat(orphan.isAlive())
                .as("the killed instance's server outlives it")
                .isTrue();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory);
                Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(single(statement, "select text from note")).isEqualTo("committed before the kill");
        }
    }

    @Test
    void ignoresAPidFileNamingAProcessThatIsNotItsServer() throws IOException, SQLException {
        EmbeddedDatabase.start(directory).close();
        Path cluster = directory.toAbsolutePath().resolve("postgresql");
        // After a crash the pid in postmaster.pid may belong to another process by the next start.
        Files.write(
                cluster.resolve("postmaster.pid"),
                List.of(Long.toString(ProcessHandle.current().pid()), cluster.toString()),
                StandardCharsets.UTF_8);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory);
                Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select 1")).isEqualTo("1");
        }
    }

    private static void awaitReady(Process process) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals(KilledInstance.READY)) {
                return;
            }
        }
        throw new IllegalStateException("the instance to be killed ended before it was ready");
    }

    private static ProcessHandle postmaster(Path cluster) throws IOException {
        long pid = Long.parseLong(
                Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).strip());
        return ProcessHandle.of(pid).orElseThrow();
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
