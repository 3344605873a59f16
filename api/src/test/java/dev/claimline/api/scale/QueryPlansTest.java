package dev.claimline.api.scale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * With a million claims the dashboard and the timelines stay fast because every statement they run reads indexes: no
 * statement the application executes for them scans a large table from end to end, and none takes long. The plans are
 * the ones PostgreSQL chose for the application's own statements, with their real parameters ({@code auto_explain}).
 */
@QuarkusTest
@WithTestResource(LargeDatabaseTestResource.class)
class QueryPlansTest {
    private static final Logger LOG = Logger.getLogger(QueryPlansTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tables that grow with the claims; a sequential scan of one of them costs seconds at scale. */
    private static final Set<String> LARGE_TABLES =
            Set.of("article", "claim", "claim_accused", "claim_mention", "claim_pair", "claim_link");
    /** The most a statement may take that reads through indexes: they take a few milliseconds (BENCHMARKS.md). */
    private static final double INDEXED_MILLIS = 500;
    /**
     * The most a statement of the largest pair's timeline may take: it returns 3% of all claims, and reading that much
     * of the article table whole is the plan PostgreSQL rightly prefers.
     */
    private static final double LARGEST_PAIR_MILLIS = 3_000;
    /** The most a statement may take that counts the rows of whole tables. */
    private static final double COUNT_MILLIS = 1_500;

    private static final Pattern PLAN = Pattern.compile("duration: ([0-9.]+) ms\\s+plan:\\s*");

    @Test
    void theListOfPairsReadsTheStoredTotals() {
        List<Statement> statements =
                during(() -> given().when().get("/api/dyads").then().statusCode(200));
        assertIndexed(statements, "/api/dyads");
        assertThat(statements).anySatisfy(s -> assertThat(s.tables()).contains("dyad"));
    }

    @Test
    void theOverviewReadsIndexesAndOnlyCountsWholeTables() {
        List<Statement> statements = during(() -> given().when().get("/").then().statusCode(200));
        assertThat(statements).anySatisfy(s -> assertThat(s.tables()).contains("dyad"));
        // The totals it shows (articles, claims, and the claims of its feed) are counted exactly: one pass over a
        // table, about 0.1 s per million rows. Everything else reads indexes.
        List<Statement> counts =
                statements.stream().filter(QueryPlansTest::onlyCounts).toList();
        log("the overview's counts", counts);
        assertThat(counts).allSatisfy(s -> assertThat(s.millis()).isLessThan(COUNT_MILLIS));
        assertIndexed(statements.stream().filter(s -> !onlyCounts(s)).toList(), "the overview");
    }

    @Test
    void timelinesOfSmallAndLargePairsReadTheirClaimsByIndex() {
        JsonNode dyads = readJson(given().when()
                .get("/api/dyads")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(dyads.size()).isGreaterThan(1_000);
        LOG.infof(
                "%d pairs; the largest has %s claims",
                dyads.size(),
                dyads.get(0).path("allegations").asLong()
                        + dyads.get(0).path("denials").asLong());
        JsonNode typical = dyads.get(dyads.size() / 2);
        assertIndexed(timeline(typical, "/api/timeline?a=%s&b=%s"), "a typical pair's timeline");
        assertIndexed(timeline(typical, "/dyads/%s/%s"), "a typical pair's page");

        // The pair with most claims: its claims are found through the pair index; reading their reports may scan.
        JsonNode largest = dyads.get(0);
        List<Statement> statements = timeline(largest, "/api/timeline?a=%s&b=%s");
        log("the largest pair's timeline", statements);
        assertThat(statements)
                .filteredOn(s -> s.tables().contains("claim_pair"))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.sequentialScans()).doesNotContain("claim_pair", "claim"));
        assertThat(statements).allSatisfy(s -> assertThat(s.millis()).isLessThan(LARGEST_PAIR_MILLIS));
    }

    private static List<Statement> timeline(JsonNode pair, String path) {
        String url = path.formatted(pair.path("a").asText(), pair.path("b").asText());
        long claims = pair.path("allegations").asLong() + pair.path("denials").asLong();
        long started = System.nanoTime();
        List<Statement> statements = during(() -> given().when().get(url).then().statusCode(200));
        LOG.infof("%s (%d claims): %d ms", url, claims, (System.nanoTime() - started) / 1_000_000);
        return statements;
    }

    private static void assertIndexed(List<Statement> statements, String what) {
        log(what, statements);
        assertThat(statements).as("statements run for " + what).isNotEmpty();
        for (Statement statement : statements) {
            assertThat(statement.sequentialScans())
                    .as("tables scanned whole by %s for %s", abbreviate(statement.text()), what)
                    .doesNotContainAnyElementsOf(LARGE_TABLES);
            assertThat(statement.millis())
                    .as("milliseconds of %s for %s", abbreviate(statement.text()), what)
                    .isLessThan(INDEXED_MILLIS);
        }
    }

    /** The statements that took a millisecond or more, and how many there were. */
    private static void log(String what, List<Statement> statements) {
        for (Statement statement : statements) {
            if (statement.millis() >= 1) {
                LOG.infof(
                        "%s: %.1f ms, scans %s whole: %s",
                        what, statement.millis(), statement.sequentialScans(), abbreviate(statement.text()));
            }
        }
        LOG.infof(
                "%s: %d statements, %.1f ms in all",
                what,
                statements.size(),
                statements.stream().mapToDouble(Statement::millis).sum());
    }

    /** Whether {@code statement} only counts rows (and finds extremes), with no join and no sort. */
    private static boolean onlyCounts(Statement statement) {
        String sql = statement.text().replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
        return (sql.startsWith("select count(*) from ") || sql.startsWith("select (select count(*) from "))
                && !sql.contains(" join ")
                && !sql.contains(" order by ");
    }

    /** A statement the application ran, as auto_explain logged it. */
    record Statement(String text, double millis, List<String> sequentialScans, List<String> tables) {}

    /** The statements the database ran while {@code action} ran. */
    private static List<Statement> during(Runnable action) {
        long start = LargeDatabaseTestResource.LOG.toFile().length();
        action.run();
        // The server writes its log as it goes; give the last lines a moment.
        sleep(300);
        String log = readFrom(start);
        List<Statement> statements = new ArrayList<>();
        Matcher plan = PLAN.matcher(log);
        while (plan.find()) {
            int open = log.indexOf('{', plan.end());
            if (open < 0) {
                break;
            }
            try (JsonParser parser = JSON.getFactory().createParser(log.substring(open))) {
                JsonNode node = JSON.readTree(parser);
                List<String> scans = new ArrayList<>();
                List<String> tables = new ArrayList<>();
                walk(node.path("Plan"), scans, tables);
                statements.add(new Statement(
                        node.path("Query Text").asText(), Double.parseDouble(plan.group(1)), scans, tables));
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable plan in the PostgreSQL log", e);
            }
        }
        return statements;
    }

    private static void walk(JsonNode plan, List<String> sequentialScans, List<String> tables) {
        String relation = plan.path("Relation Name").asText(null);
        if (relation != null) {
            tables.add(relation);
            if (plan.path("Node Type").asText().equals("Seq Scan")) {
                sequentialScans.add(relation);
            }
        }
        for (JsonNode child : plan.path("Plans")) {
            walk(child, sequentialScans, tables);
        }
    }

    private static String readFrom(long offset) {
        try (RandomAccessFile file = new RandomAccessFile(LargeDatabaseTestResource.LOG.toFile(), "r")) {
            byte[] bytes = new byte[(int) (file.length() - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
