package dev.claimline.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migration.V4__Article_keys;
import dev.claimline.persistence.dedup.ArticleKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Migration V4 on a database that a version before it filled, repeats included. */
class ArticleKeysMigrationTest {
    private static final String HTML_BODY = "<p>Seoul says <b>Pyongyang</b> fired missiles.</p>";

    private static EmbeddedPostgres postgres;
    private static DataSource database;

    @BeforeAll
    static void databaseAtVersion3WithRepeatsAndThenMigrated() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        database = postgres.getPostgresDatabase();
        flyway("3").migrate();
        insert("Seoul: missiles fired", HTML_BODY, "https://news.example/missiles"); // 1
        insert("Seoul: missiles fired", "Seoul says Pyongyang fired missiles.", null); // 2: the text of 1
        insert("Another story", "Other words.", "HTTPS://NEWS.example:443/missiles/"); // 3: the address of 1
        insert("A third story", "Yet other words.", "https://news.example/third"); // 4
        insert("A third story", "Yet other words.", "https://news.example/third#again"); // 5: 4 again
        flyway("4").migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void everyArticleIsKeptAndTheEarliestOfRepeatsCarriesTheKeys() throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
                ResultSet result = connection
                        .createStatement()
                        .executeQuery("select id, url_hash, content_hash from article order by id")) {
            while (result.next()) {
                rows.add(new String[] {result.getString(1), result.getString(2), result.getString(3)});
            }
        }
        ArticleKeys first = ArticleKeys.of("Seoul: missiles fired", HTML_BODY, "https://news.example/missiles");
        ArticleKeys fourth = ArticleKeys.of("A third story", "Yet other words.", "https://news.example/third");

        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).containsExactly("1", first.urlHash(), first.contentHash());
        assertThat(rows.get(1)).containsExactly("2", null, null);
        assertThat(rows.get(2))
                .containsExactly(
                        "3",
                        null,
                        ArticleKeys.of("Another story", "Other words.", null).contentHash());
        assertThat(rows.get(3)).containsExactly("4", fourth.urlHash(), fourth.contentHash());
        assertThat(rows.get(4)).containsExactly("5", null, null);
    }

    @Test
    void theDatabaseRefusesASecondArticleWithTheSameKeys() throws SQLException {
        ArticleKeys first = ArticleKeys.of("Seoul: missiles fired", HTML_BODY, "https://news.example/missiles");
        try (Connection connection = database.getConnection()) {
            for (String column : new String[] {"url_hash", "content_hash"}) {
                String hash = column.equals("url_hash") ? first.urlHash() : first.contentHash();
                try (PreparedStatement insert = connection.prepareStatement("insert into article (title, body,"
                        + " published_at, " + column + ") values ('T', 'B', date '2024-01-05', ?)")) {
                    insert.setString(1, hash);
                    assertThatThrownBy(insert::executeUpdate)
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("article_" + column + "_key");
                }
            }
        }
    }

    private static Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .javaMigrations(new V4__Article_keys())
                .target(target)
                .load();
    }

    private static void insert(String title, String body, String url) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into article (title, body, published_at, url) values (?, ?, date '2024-01-05', ?)")) {
            insert.setString(1, title);
            insert.setString(2, body);
            insert.setString(3, url);
            insert.executeUpdate();
        }
    }
}
