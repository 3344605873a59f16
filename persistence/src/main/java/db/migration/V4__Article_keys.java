package db.migration;

import dev.claimline.persistence.dedup.ArticleKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V4: each article gets the hashes of its normalised address and text ({@link ArticleKeys}), each under a
 * unique index, so that the database stores an article once however many clients and replicas post it at the same
 * moment. Written in Java because the keys of the articles already stored must be computed exactly as new ones are
 * (HTML reduced to text, Unicode normalised), which SQL cannot do.
 *
 * <p>Articles stored twice before this version all stay, with their claims; only the earliest of each group of copies
 * gets the key they share, and the later ones none.
 *
 * <p>Quarkus runs Java migrations found in its Jandex index, which does not hold Flyway's classes, and only those in a
 * package of {@code quarkus.flyway.locations}: hence the package {@code db.migration}, beside the SQL migrations, and
 * {@link JavaMigration} named although the superclass implements it.
 */
public class V4__Article_keys extends BaseJavaMigration implements JavaMigration {
    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table article add column url_hash varchar(64), add column content_hash varchar(64)");
        }
        fillKeys(connection);
        try (Statement ddl = connection.createStatement()) {
            for (String column : new String[] {"url_hash", "content_hash"}) {
                ddl.execute("update article set " + column + " = null where id in (select id from (select id,"
                        + " row_number() over (partition by " + column + " order by id) as copy from article"
                        + " where " + column + " is not null) copies where copy > 1)");
            }
            ddl.execute("create unique index article_url_hash_key on article (url_hash)");
            ddl.execute("create unique index article_content_hash_key on article (content_hash)");
        }
    }

    /** Computes the keys of every stored article, reading them through a cursor and writing them in batches. */
    private static void fillKeys(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement read = connection.createStatement();
                PreparedStatement write =
                        connection.prepareStatement("update article set url_hash = ?, content_hash = ? where id = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery("select id, title, body, url from article order by id")) {
                while (rows.next()) {
                    ArticleKeys keys =
                            ArticleKeys.of(rows.getString("title"), rows.getString("body"), rows.getString("url"));
                    write.setString(1, keys.urlHash());
                    write.setString(2, keys.contentHash());
                    write.setLong(3, rows.getLong("id"));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
