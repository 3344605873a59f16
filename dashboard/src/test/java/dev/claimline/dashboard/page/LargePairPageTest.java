package dev.claimline.dashboard.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The page of a pair too large to show whole: 1,440 claims between Greece and Turkey, 40 in every month of 2022 to
 * 2024, and 30 undated ones. It opens on the latest period, draws the whole history from the stored totals, moves to
 * earlier and later periods, pages its list, and a claim's address finds it wherever it is.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargePairPageTest {
    private static final Pattern CLAIM = Pattern.compile("<article class=\"claim claim-[a-z]+\" id=\"claim-(\\d+)\"");
    private static final Pattern HREF = Pattern.compile("<a href=\"([^\"]+)\"(?: rel=\"[a-z]+\")?>%s");

    @Inject
    EntityManager entityManager;

    @BeforeAll
    void storeALargePair() {
        TestDatabase.clear(entityManager);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("insert into article (id, title, body, published_at) overriding system value"
                            + " values (1, 'Generated', 'Generated body', date '2025-01-01')")
                    .executeUpdate();
            // Claim i is made in month i / 40 from January 2022, on day 1 + (i % 40) * 0.7, so that claims come in
            // date order by id; every fourth one is a denial; Greece and Turkey take turns. Then 30 undated ones.
            entityManager
                    .createNativeQuery(
                            """
                            insert into claim (id, article_id, type, claimant_code, claimant_name, claimant_mention,
                                               accuser_code, accuser_name, statement_date, date_precision,
                                               evidence_text, evidence_start, evidence_end, confidence, topic,
                                               accused_key)
                            overriding system value
                            select i + 1, 1, case when i % 4 = 3 then 'DENIAL' else 'ALLEGATION' end,
                                   g.claimant, g.claimant_name, g.claimant_name,
                                   case when i % 4 = 3 then g.other end, case when i % 4 = 3 then g.other_name end,
                                   case when i < 1440 then cast(date '2022-01-01'
                                                                + cast((i / 40) || ' months' as interval) as date)
                                                           + (i % 40) * 7 / 10 end,
                                   case when i < 1440 then 'DAY' end,
                                   'Claim number ' || (i + 1), 0, length('Claim number ' || (i + 1)), 0.9, 'INCURSION',
                                   case when i % 4 = 3 then g.claimant else g.other end
                            from generate_series(0, 1469) i
                            cross join lateral (
                                select case when i % 2 = 0 then 'GR' else 'TR' end as claimant,
                                       case when i % 2 = 0 then 'Greece' else 'Turkey' end as claimant_name,
                                       case when i % 2 = 0 then 'TR' else 'GR' end as other,
                                       case when i % 2 = 0 then 'Turkey' else 'Greece' end as other_name) g
                            """)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("insert into claim_accused (claim_id, position, code, name)"
                            + " select c.id, 0, c.accused_key,"
                            + " case c.accused_key when 'GR' then 'Greece' else 'Turkey' end from claim c")
                    .executeUpdate();
            entityManager
                    .createNativeQuery("select setval(pg_get_serial_sequence('claim', 'id'), 1470)")
                    .getSingleResult();
        });
    }

    @Test
    void opensOnTheLatestPeriodUnderTheWholeHistory() {
        String html = page("/dyads/GR/TR");

        assertThat(html)
                .contains("1,470 claims between them, in both directions.")
                .as("the whole history, by period, from the stored totals, with the period shown shaded")
                .contains("<title id=\"hist-title\">Every claim between Greece and Turkey, by period</title>")
                .contains("class=\"tl-period\"")
                .contains("Showing the latest claims, from January 2024 to December 2024: 480 claims.")
                .contains("Undated claims (30)")
                .doesNotContain("rel=\"next\">Later:");
        assertThat(href(html, "← Earlier: Jan 2023 – Dec 2023")).isEqualTo("/dyads/GR/TR?from=2023-01&to=2023-12");
        assertThat(href(html, "Every period")).isEqualTo("/dyads/GR/TR?period=all");
        assertThat(html).contains("<title id=\"tl-title\">Timeline of Greece and Turkey</title>");
        assertThat(claims(html)).hasSize(PairResource.PAGE_SIZE).first().isEqualTo(961L);
        assertThat(html).contains("<h3 id=\"month-2024-01-h\" class=\"month-h\">January 2024</h3>");
    }

    @Test
    void movesToEarlierAndLaterPeriods() {
        String latest = page("/dyads/GR/TR");
        String earlier = page(href(latest, "← Earlier: Jan 2023 – Dec 2023"));

        assertThat(earlier)
                .contains("Showing the claims from January 2023 to December 2023: 480 claims.")
                .contains("Latest claims");
        assertThat(claims(earlier)).first().isEqualTo(481L);
        assertThat(href(earlier, "Later: Jan 2024 – Dec 2024 →")).isEqualTo("/dyads/GR/TR?from=2024-01&to=2024-12");
        String first = page(href(earlier, "← Earlier: Jan 2022 – Dec 2022"));
        assertThat(first)
                .contains("from January 2022 to December 2022: 480 claims.")
                .doesNotContain("← Earlier:");

        // A period chosen in the filter: one month, and a few days, counted exactly.
        assertThat(page("/dyads/GR/TR?from=2023-06&to=2023-06")).contains("in June 2023: 40 claims");
        assertThat(page("/dyads/GR/TR?from=2023-06-03&to=2023-07-02"))
                .contains("from 3 Jun 2023 to 2 Jul 2023: 40 claims");
        assertThat(page("/dyads/GR/TR?from=2023-06&to=2023-06&type=DENIAL")).contains("in June 2023: 10 claims");
    }

    @Test
    void theListPagesThroughThePeriodForwardsAndBack() {
        List<Long> seen = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        String path = "/dyads/GR/TR?from=2023-01&to=2023-12";
        while (path != null && pages.size() < 10) {
            String html = page(path);
            pages.add(path);
            seen.addAll(claims(html));
            path = hrefOrNull(html, "Later claims");
        }

        assertThat(pages).hasSize(5);
        assertThat(seen).doesNotHaveDuplicates().hasSize(480).isSorted().first().isEqualTo(481L);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(960L);
        String second = page(pages.get(1));
        assertThat(claims(page(href(second, "← Earlier claims")))).isEqualTo(seen.subList(0, 100));
    }

    @Test
    void everyPeriodAndTheUndatedClaimsHaveTheirOwnView() {
        String all = page("/dyads/GR/TR?period=all");
        assertThat(all)
                .contains("Showing every claim: 1,470 claims.")
                .as("one chart, of every month from the totals")
                .doesNotContain("hist-title")
                .contains("<title id=\"tl-title\">Timeline of Greece and Turkey</title>", "undated");
        assertThat(claims(all)).first().isEqualTo(1L);
        String second = page(href(all, "Later claims"));
        String third = page(href(second, "Later claims"));
        assertThat(claims(third)).first().isEqualTo(201L);
        assertThat(claims(page(href(third, "← Earlier claims")))).isEqualTo(claims(second));

        String undated = page("/dyads/GR/TR?period=undated");
        assertThat(undated).contains("Showing the undated claims: 30 claims.");
        assertThat(claims(undated)).hasSize(30).allSatisfy(id -> assertThat(id).isGreaterThan(1440L));
    }

    @Test
    void aClaimsAddressFindsItInItsPeriodAndPage() {
        String location = location("/claims/333");

        assertThat(location)
                .startsWith("/dyads/GR/TR?from=2022-09&to=2022-09&after=")
                .endsWith("#claim-333");
        String html = page(location.substring(0, location.indexOf('#')));
        assertThat(claims(html)).first().isEqualTo(333L);
        assertThat(html).contains("in September 2022: 40 claims");
        assertThat(location("/claims/1460")).startsWith("/dyads/TR/GR?period=undated&after=");
    }

    /** Where {@code path} redirects to, without the scheme and host. */
    private static String location(String path) {
        URI location = URI.create(given().redirects()
                .follow(false)
                .when()
                .get(path)
                .then()
                .statusCode(303)
                .extract()
                .header("Location"));
        return location.getRawPath() + "?" + location.getRawQuery() + "#" + location.getRawFragment();
    }

    private static List<Long> claims(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = CLAIM.matcher(html);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static String href(String html, String label) {
        String href = hrefOrNull(html, label);
        assertThat(href).as("a link “%s”", label).isNotNull();
        return href;
    }

    private static String hrefOrNull(String html, String label) {
        Matcher matcher =
                Pattern.compile(HREF.pattern().formatted(Pattern.quote(label))).matcher(html);
        if (!matcher.find()) {
            return null;
        }
        String href = matcher.group(1).replace("&amp;", "&");
        return href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
    }

    private static String page(String path) {
        return given().when().get(path).then().statusCode(200).extract().asString();
    }
}
