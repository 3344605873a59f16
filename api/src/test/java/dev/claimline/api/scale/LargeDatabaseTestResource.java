package dev.claimline.api.scale;

import dev.claimline.extraction.Actor;
import dev.claimline.extraction.Gazetteer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL holding {@value #DEFAULT_CLAIMS} generated claims (or {@code -Dclaimline.scale.claims=N}) in a quarter
 * as many articles, between the gazetteer's actors and skewed as news is: a few pairs hold most claims. The data is
 * written at schema version 2, so the later migrations run over it as they would over a grown production database.
 *
 * <p>The server logs the plan of every statement the application runs ({@code auto_explain}, JSON) to {@link #LOG},
 * so that tests can check how the application's own queries are executed.
 */
public class LargeDatabaseTestResource implements QuarkusTestResourceLifecycleManager {
    static final int DEFAULT_CLAIMS = 1_000_000;
    static final Path LOG = Path.of("target", "large-database-postgres.log").toAbsolutePath();

    private static final Logger LOGGER = Logger.getLogger(LargeDatabaseTestResource.class);
    /** The version the data is generated at; the migrations after it run over the data. */
    private static final String GENERATED_AT = "2";

    private EmbeddedPostgres postgres;

    static int claims() {
        return Integer.getInteger("claimline.scale.claims", DEFAULT_CLAIMS);
    }

    @Override
    public Map<String, String> start() {
        try {
            Files.deleteIfExists(LOG);
            Files.createDirectories(LOG.getParent());
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("session_preload_libraries", "auto_explain")
                    .setServerConfig("auto_explain.log_min_duration", "0")
                    .setServerConfig("auto_explain.log_format", "json")
                    .setServerConfig("log_line_prefix", "")
                    .setServerConfig("max_wal_size", "4GB")
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                    .start();
            DataSource database = postgres.getPostgresDatabase();
            long started = System.nanoTime();
            Flyway.configure().dataSource(database).target(GENERATED_AT).load().migrate();
            generate(database, claims());
            long generated = System.nanoTime();
            Flyway.configure().dataSource(database).load().migrate();
            analyze(database);
            LOGGER.infof(
                    "%,d claims generated in %d ms; later migrations and ANALYZE took %d ms",
                    claims(), (generated - started) / 1_000_000, (System.nanoTime() - generated) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the large PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not generate the large database", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "quarkus.datasource.username",
                "postgres");
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

    /**
     * Writes {@code claims} claims, 4 per article, 60% allegations, 25% denials, 15% other. Claimants and accused are
     * drawn from the gazetteer with a cubic skew towards its first actors (by code), 10% of claims are undated.
     */
    private static void generate(DataSource database, int claims) throws SQLException {
        List<Actor> actors = Gazetteer.standard().actors();
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            // Not planned into the log, and without foreign-key checks: the data is consistent by construction.
            sql.execute("set auto_explain.log_min_duration = -1");
            sql.execute("set session_replication_role = replica");
            sql.execute("set maintenance_work_mem = '256MB'");
            sql.execute("select setseed(0.42)");
            sql.execute("create temporary table actor (i integer primary key, code text not null, name text not null)");
            try (PreparedStatement insert =
                    connection.prepareStatement("insert into actor (i, code, name) select ord - 1, code, name"
                            + " from unnest(?::text[], ?::text[]) with ordinality as t(code, name, ord)")) {
                insert.setArray(
                        1,
                        connection.createArrayOf(
                                "text", actors.stream().map(Actor::code).toArray()));
                insert.setArray(
                        2,
                        connection.createArrayOf(
                                "text", actors.stream().map(Actor::name).toArray()));
                insert.execute();
            }
            // Secondary indexes are built once at the end instead of being updated row by row: several times faster.
            List<String> indexes = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery(
                    """
                    select indexname, indexdef from pg_indexes
                    where schemaname = 'public' and tablename <> 'flyway_schema_history'
                      and indexname not in (select conname from pg_constraint)
                    """)) {
                while (rows.next()) {
                    indexes.add(rows.getString(2));
                    try (Statement drop = connection.createStatement()) {
                        drop.execute("drop index " + rows.getString(1));
                    }
                }
            }
            int articles = (claims + 3) / 4;
            sql.execute(
                    """
                    insert into article (id, title, body, published_at, source, language)
                    overriding system value
                    select a, 'Generated article ' || a, 'Generated body text of article ' || a || '.',
                           date '2015-01-01' + (a * 3650 / %d), 'Generated Wire', 'en'
                    from generate_series(1, %d) a
                    """
                            .formatted(articles, articles));
            sql.execute(
                    """
                    insert into claim (id, article_id, type, claimant_code, claimant_name, claimant_mention,
                                       accuser_code, accuser_name, statement_date, date_precision, evidence_text,
                                       evidence_start, evidence_end, confidence, topic, accused_key)
                    overriding system value
                    select g.id, 1 + (g.id - 1) / 4, g.type, ca.code, ca.name, ca.name,
                           case when g.type = 'DENIAL' then oa.code end,
                           case when g.type = 'DENIAL' then oa.name end,
                           g.day, case when g.day is null then null else 'DAY' end,
                           'Generated body', 10, 24, 0.8, g.topic,
                           case g.type when 'ALLEGATION' then oa.code when 'DENIAL' then ca.code else '' end
                    from (
                        select s.id,
                               case when s.r1 < 0.6 then 'ALLEGATION' when s.r1 < 0.85 then 'DENIAL' else 'OTHER' end
                                   as type,
                               floor(n.count * power(s.r2, 3))::int as claimant,
                               (floor(n.count * power(s.r3, 3))::int
                                    + case when floor(n.count * power(s.r3, 3))::int
                                                = floor(n.count * power(s.r2, 3))::int then 1 else 0 end)
                                   %% n.count as other,
                               case when s.r4 < 0.1 then null
                                    else date '2015-01-01' + floor(s.r4 * 4000)::int end as day,
                               (array['ARMS_TRANSFERS', 'CYBERATTACK', 'ESPIONAGE', 'HUMAN_RIGHTS', 'INCURSION',
                                      'SABOTAGE', 'DETENTION', 'TRADE', 'OTHER'])[1 + floor(s.r5 * 9)::int] as topic
                        from (select id, random() r1, random() r2, random() r3, random() r4, random() r5
                              from generate_series(1, %d) id) s
                        cross join (select count(*)::int as count from actor) n
                    ) g
                    join actor ca on ca.i = g.claimant
                    join actor oa on oa.i = g.other
                    """
                            .formatted(claims));
            // An allegation accuses the other actor; a denial defends its claimant (as the extractor writes them).
            sql.execute(
                    """
                    insert into claim_accused (claim_id, position, code, name)
                    select c.id, 0, a.code, a.name
                    from claim c join actor a on a.code = c.accused_key
                    where c.type in ('ALLEGATION', 'DENIAL')
                    """);
            sql.execute(
                    """
                    insert into claim_mention (claim_id, article_id, claimant_mention, statement_date, date_precision,
                                               evidence_text, evidence_start, evidence_end, confidence)
                    select id, article_id, claimant_mention, statement_date, date_precision,
                           evidence_text, evidence_start, evidence_end, confidence
                    from claim
                    """);
            // Each denial answers the allegations reported in its article, as the linker finds them.
            sql.execute(
                    """
                    insert into claim_link (denial_id, allegation_id, kind)
                    select d.id, a.id, 'SAME_ARTICLE'
                    from claim d join claim a on a.article_id = d.article_id and a.type = 'ALLEGATION'
                    where d.type = 'DENIAL'
                    """);
            for (String index : indexes) {
                sql.execute(index);
            }
            sql.execute("select setval(pg_get_serial_sequence('article', 'id'), %d)".formatted(articles));
            sql.execute("select setval(pg_get_serial_sequence('claim', 'id'), %d)".formatted(claims));
        }
    }

    private static void analyze(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("set auto_explain.log_min_duration = -1");
            sql.execute("analyze");
        }
    }
}
