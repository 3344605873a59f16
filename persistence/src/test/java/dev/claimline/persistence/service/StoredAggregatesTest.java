package dev.claimline.persistence.service;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.claim;
import static dev.claimline.persistence.testing.TestClaims.denial;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.Article;
import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the triggers keep while articles are stored, refined and removed (pairs, pair totals by pair and month, stored
 * totals, the day each claim is placed on) is always what computing it afresh from the claims gives: the triggers take shortcuts for new rows, and
 * these must not change what is stored.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class StoredAggregatesTest {
    private static final String FIRST = "Seoul and Pyongyang trade charges over shells and drones";
    private static final String FIRST_BODY = "South Korea said on Monday that the North had sold shells to Russia and"
            + " Iran. North Korea rejected the claim as a lie. Seoul said its own drones had not crossed the border."
            + " Beijing warned both sides to keep calm.";
    private static final String SECOND = "Manila protests, Beijing denies";
    private static final String SECOND_BODY = "The Philippines said in June that Chinese ships had rammed its boat."
            + " China denied ramming anyone. Vietnam denied that its boats were involved.";
    private static final String LATER = "Seoul repeats its charge";
    private static final String LATER_BODY =
            "South Korea said on Monday, January 8, that the North had sold shells" + " to Russia and Iran.";

    @Inject
    IngestService ingest;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @Test
    void storedPairsAndTotalsAreWhatTheClaimsGive() {
        TestDatabase.clear(entityManager);
        claimSource.script(
                FIRST,
                List.of(
                        // two accused, so two pairs; and the claimant among its own accused, which makes none
                        allegation(
                                FIRST_BODY,
                                "the North had sold shells to Russia and Iran",
                                "KR",
                                "South Korea",
                                "2024-01",
                                "KP",
                                "RU",
                                "IR",
                                "KR"),
                        denial(FIRST_BODY, "rejected the claim as a lie", "KP", "North Korea", null, "KR", "KP"),
                        // a denial of its own accuser's claim makes no pair
                        denial(
                                FIRST_BODY,
                                "its own drones had not crossed the border",
                                "KR",
                                "Seoul",
                                null,
                                "KR",
                                "KR"),
                        claim(ClaimType.OTHER, FIRST_BODY, "warned both sides", "CN", "Beijing", null, null, "KR")));
        claimSource.script(
                SECOND,
                List.of(
                        allegation(
                                SECOND_BODY,
                                "Chinese ships had rammed its boat",
                                "PH",
                                "The Philippines",
                                "2024-06",
                                "CN"),
                        denial(SECOND_BODY, "denied ramming anyone", "CN", "China", null, "PH", "CN"),
                        // a denial with no accuser named makes no pair
                        denial(SECOND_BODY, "denied that its boats were involved", "VN", "Vietnam", null, null, "VN")));
        claimSource.script(
                LATER,
                List.of(allegation(
                        LATER_BODY,
                        "the North had sold shells to Russia and Iran",
                        "KR",
                        "South Korea",
                        "2024-01-08",
                        "KP",
                        "RU",
                        "IR",
                        "KR")));
        long first = ingest.ingest(Article.of(FIRST, FIRST_BODY, LocalDate.of(2024, 1, 9)))
                .id();
        ingest.ingest(Article.of(SECOND, SECOND_BODY, LocalDate.of(2024, 6, 20)));
        assertAggregatesAsComputed();
        // Korea with the North, Russia and Iran; the North's denial with Korea; Manila and Beijing, both ways
        assertThat(pairs()).isEqualTo(6);

        // A later report dates the allegation to the day: its pairs move from the month to the day.
        ingest.ingest(Article.of(LATER, LATER_BODY, LocalDate.of(2024, 1, 10)));
        assertThat(scalar("select count(*) from claim_pair where statement_date = date '2024-01-08'"))
                .isEqualTo(3);
        assertAggregatesAsComputed();

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from article where id = :id")
                .setParameter("id", first)
                .executeUpdate());
        assertAggregatesAsComputed();
        assertThat(pairs()).isEqualTo(2);
    }

    private long pairs() {
        return scalar("select count(*) from claim_pair");
    }

    private void assertAggregatesAsComputed() {
        // The pairs: each claim's, as claim_pairs_of defines them.
        assertThat(scalar("select count(*) from ("
                        + " (select claim_id, type, a_code, b_code, a_name, b_name, statement_date, date_precision,"
                        + " claimant_code, topic from claim_pair"
                        + " except all select c.id, f.* from claim c, claim_pairs_of(c.id) f)"
                        + " union all"
                        + " (select c.id, f.* from claim c, claim_pairs_of(c.id) f"
                        + " except all select claim_id, type, a_code, b_code, a_name, b_name, statement_date,"
                        + " date_precision, claimant_code, topic from claim_pair)) difference"))
                .as("stored pairs that differ from the claims' pairs")
                .isZero();
        // The pairs' totals.
        assertThat(scalar("select count(*) from ("
                        + " (select a_code, b_code, claims, allegations, denials from dyad"
                        + " except all select a_code, b_code, count(*), count(*) filter (where type = 'ALLEGATION'),"
                        + " count(*) filter (where type = 'DENIAL') from claim_pair group by 1, 2)"
                        + " union all"
                        + " (select a_code, b_code, count(*), count(*) filter (where type = 'ALLEGATION'),"
                        + " count(*) filter (where type = 'DENIAL') from claim_pair group by 1, 2"
                        + " except all select a_code, b_code, claims, allegations, denials from dyad)) difference"))
                .as("pair totals that differ from the stored pairs")
                .isZero();
        assertThat(scalar("select count(*) from ("
                        + " (select a_code, b_code, month, topic, a_allegations + b_allegations, a_denials + b_denials"
                        + " from dyad_month where a_allegations + b_allegations + a_denials + b_denials > 0"
                        + " except all select a_code, b_code, cast(date_trunc('month', statement_date) as date), topic,"
                        + " count(*) filter (where type = 'ALLEGATION'), count(*) filter (where type = 'DENIAL')"
                        + " from claim_pair group by 1, 2, 3, 4)"
                        + " union all"
                        + " (select a_code, b_code, cast(date_trunc('month', statement_date) as date), topic,"
                        + " count(*) filter (where type = 'ALLEGATION'), count(*) filter (where type = 'DENIAL')"
                        + " from claim_pair group by 1, 2, 3, 4"
                        + " except all select a_code, b_code, month, topic, a_allegations + b_allegations,"
                        + " a_denials + b_denials from dyad_month"
                        + " where a_allegations + b_allegations + a_denials + b_denials > 0)) difference"))
                .as("monthly pair totals that differ from the stored pairs")
                .isZero();
        // The day each claim is placed on: its statement date, or else its first report's publication day.
        assertThat(scalar("select count(*) from claim c join article a on a.id = c.article_id"
                        + " where c.dated_on <> coalesce(c.statement_date, a.published_at)"))
                .as("claims placed on another day")
                .isZero();
        // The stored totals.
        assertThat(scalar("select sum(articles) from stored_totals")).isEqualTo(scalar("select count(*) from article"));
        assertThat(scalar("select sum(claims) from stored_totals")).isEqualTo(scalar("select count(*) from claim"));
        assertThat(scalar("select sum(allegations) from stored_totals"))
                .isEqualTo(scalar("select count(*) from claim where type = 'ALLEGATION'"));
        assertThat(scalar("select sum(denials) from stored_totals"))
                .isEqualTo(scalar("select count(*) from claim where type = 'DENIAL'"));
    }

    private long scalar(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
