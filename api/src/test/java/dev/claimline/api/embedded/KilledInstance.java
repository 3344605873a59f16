package dev.claimline.api.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A Claimline about to be killed: run in a child JVM by {@link EmbeddedDatabaseTest}, it starts the embedded database
 * on the directory given, commits one row, prints {@value #READY} and waits for its SIGKILL.
 */
public final class KilledInstance {
    static final String READY = "READY";

    private KilledInstance() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table note (text text)");
            statement.execute("insert into note values ('committed before the kill')");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
