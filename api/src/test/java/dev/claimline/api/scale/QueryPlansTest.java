package dev.claimline.api.scale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimline.persistence.service.TimelineCursor;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
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
            Set.of("article", "claim", "claim_accused", "claim_mention", "claim_pair", "claim_link", "dyad_month");
    /** The most a statement may take that reads through indexes: they take a few milliseconds (BENCHMARKS.md). */
    private static final double INDEXED_MILLIS = 500;
    /**
     * The most the fastest of three requests of a timeline page or pair page may take, from sending the request to
     * reading the response: they take 0.1 to 0.4 s on the loaded 2-core machine (BENCHMARKS.md).
     */
    private static final long REQUEST_MILLIS = 3_000;
    /** How long {@link #during} waits for the server's log after the request. */
    private static final long SETTLE_MILLIS = 300;

    private static final Pattern PLAN = Pattern.compile("duration: ([0-9.]+) ms\\s+plan:\\s*");

    @Test
    void theListOfPairsReadsTheStoredTotals() {
        List<Statement> statements =
                during(() -> given().when().get("/api/dyads").then().statusCode(200));
        assertIndexed(statements, "/api/dyads");
        assertThat(statements).anySatisfy(s -> assertThat(s.tables()).contains("dyad"));
    }

    @Test
    void theOverviewReadsIndexesAndStoredTotalsOnly() {
        List<Statement> statements = during(() -> given().when().get("/").then().statusCode(200));
        assertThat(statements).anySatisfy(s -> assertThat(s.tables()).contains("dyad"));
        // The totals it shows (articles, claims, and the claims of its feed) come from the stored totals (V6), not
        // from counting a million rows.
        assertThat(statements).anySatisfy(s -> assertThat(s.tables()).contains("stored_totals"));
        assertIndexed(statements, "the overview");
    }

    @Test
    void theListOfArticlesReadsIndexesAndStoredTotalsOnly() {
        assertIndexed(during(() -> given().when().get("/api/articles").then().statusCode(200)), "the list of articles");
    }

    @Test
    void storingAnArticleBetweenTheBusiestActorsReadsRangesOfIndexes() {
        // The generated claims are skewed towards the first actors by code: Afghanistan and Albania have the most.
        String article = "{\"title\": \"Kabul accuses Tirana\", \"publishedAt\": \"2025-11-20\", \"body\":"
                + " \"Afghanistan said on Tuesday that Albania had sent weapons to militants across the border."
                + " Albania denied the accusation on Wednesday, calling it baseless.\"}";
        List<Statement> statements = during(() -> given().contentType("application/json")
                .body(article)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201));
        assertIndexed(statements, "storing an article");
        // Looking for the stored statements a new report may repeat, and for the claims it may answer, reads the
        // claims of a few weeks by day, however many the claimant or the topic has.
        List<Statement> candidates = statements.stream()
                .filter(s -> s.text().contains("dated_on between"))
                .toList();
        assertThat(candidates).as("statements looking for candidates").isNotEmpty();
        assertThat(candidates).allSatisfy(s -> assertThat(s.indexConditions())
                .anySatisfy(c -> assertThat(c).contains("dated_on")));
    }

    @Test
    void timelinesAndPairPagesOfSmallAndLargePairsReadIndexesOnly() {
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
        assertFast(typical, "/api/timeline?a=%s&b=%s", "a typical pair's timeline");
        assertFast(typical, "/dyads/%s/%s", "a typical pair's page");

        // The pair with most claims: every page of its timeline and every view of its page reads a range of an index,
        // wherever in its 30,000 claims it is.
        JsonNode largest = dyads.get(0);
        String a = largest.path("a").asText();
        String b = largest.path("b").asText();
        String first = "/api/timeline?a=%s&b=%s&limit=1000";
        Response firstPage = assertFast(largest, first, "the largest pair's first timeline page");
        assertThat(firstPage.jsonPath().getList("id")).hasSize(1000);
        String next = firstPage.header("Link");
        assertThat(next).matches("<(/api/timeline\\?[^>]+)>; rel=\"next\"");
        assertFast(largest, next.substring(1, next.indexOf('>')).replace("%", "%%"), "its second timeline page");
        String last = given().when()
                .get("/api/dyads")
                .then()
                .extract()
                .jsonPath()
                .getString("[0].last")
                .substring(0, 7);
        assertFast(largest, first + "&from=" + last, "its timeline's last month");
        assertFast(
                largest,
                first + "&cursor=" + new TimelineCursor(null, 0).token(),
                "its undated claims, after its dated ones");

        Response page = assertFast(largest, "/dyads/%s/%s", "the largest pair's page (its latest period)");
        assertThat(page.asString())
                .as("the page of %s and %s opens on its latest period under its whole history", a, b)
                .contains("Showing the latest claims", "<title id=\"hist-title\">");
        String later = hrefOf(page.asString(), "rel=\"next\">Later claims");
        String earlier = hrefOf(page.asString(), "rel=\"prev\">← Earlier: ");
        assertFast(largest, later.replace("%", "%%"), "its page's next page of claims");
        assertFast(largest, earlier.replace("%", "%%"), "its page's period before");
        assertFast(largest, "/dyads/%s/%s?period=all", "its page of every period");
        assertFast(largest, "/dyads/%s/%s?period=undated", "its page of undated claims");
        assertFast(largest, "/dyads/%s/%s?from=2016-01&to=2021-12&type=DENIAL", "its page of six years' denials");
    }

    /**
     * Requests {@code path} (formatted with the pair's codes) three times: every statement of the first must read
     * indexes and take at most {@value #INDEXED_MILLIS} ms, and the fastest request at most {@value #REQUEST_MILLIS}
     * ms (the fastest of three, so that a moment of load on a shared machine does not fail it).
     */
    private static Response assertFast(JsonNode pair, String path, String what) {
        String url = path.formatted(pair.path("a").asText(), pair.path("b").asText());
        long claims = pair.path("allegations").asLong() + pair.path("denials").asLong();
        Response[] response = new Response[1];
        assertIndexed(during(() -> response[0] = get(url)), what);
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            response[0] = get(url);
            fastest = Math.min(fastest, (System.nanoTime() - started) / 1_000_000);
        }
        LOG.infof("%s, %s (%d claims): fastest of 3 requests %d ms", what, url, claims, fastest);
        assertThat(fastest)
                .as("milliseconds of the fastest request for %s", what)
                .isLessThan(REQUEST_MILLIS);
        return response[0];
    }

    private static Response get(String url) {
        return given().when().get(url).then().statusCode(200).extract().response();
    }

    private static String hrefOf(String html, String label) {
        Matcher matcher =
                Pattern.compile("<a href=\"([^\"]+)\" " + Pattern.quote(label)).matcher(html);
        assertThat(matcher.find()).as("a link %s", label).isTrue();
        String href = matcher.group(1).replace("&amp;", "&");
        return href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
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

    /** A statement the application ran, as auto_explain logged it. */
    record Statement(
            String text,
            double millis,
            List<String> sequentialScans,
            List<String> tables,
            List<String> indexConditions) {}

    /** The statements the database ran while {@code action} ran. */
    private static List<Statement> during(Runnable action) {
        long start = LargeDatabaseTestResource.LOG.toFile().length();
        action.run();
        // The server writes its log as it goes; give the last lines a moment.
        sleep(SETTLE_MILLIS);
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
                List<String> conditions = new ArrayList<>();
                walk(node.path("Plan"), scans, tables, conditions);
                statements.add(new Statement(
                        node.path("Query Text").asText(),
                        Double.parseDouble(plan.group(1)),
                        scans,
                        tables,
                        conditions));
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable plan in the PostgreSQL log", e);
            }
        }
        return statements;
    }

    private static void walk(
            JsonNode plan, List<String> sequentialScans, List<String> tables, List<String> indexConditions) {
        String condition = plan.path("Index Cond").asText(null);
        if (condition != null) {
            indexConditions.add(condition);
        }
        String relation = plan.path("Relation Name").asText(null);
        if (relation != null) {
            tables.add(relation);
            if (plan.path("Node Type").asText().equals("Seq Scan")) {
                sequentialScans.add(relation);
            }
        }
        for (JsonNode child : plan.path("Plans")) {
            walk(child, sequentialScans, tables, indexConditions);
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
