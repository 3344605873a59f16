package dev.claimline.persistence.service;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.denial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.claimline.extraction.Article;
import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestClaims;
import dev.claimline.persistence.testing.TestDatabase;
import dev.claimline.persistence.view.ActivitySummary;
import dev.claimline.persistence.view.CountryActivity;
import dev.claimline.persistence.view.MonthCount;
import dev.claimline.persistence.view.PairActivity;
import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's aggregates over a real PostgreSQL: pairs by activity, the latest claims, one country's side. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ActivityQueryServiceTest {
    private static final String AEGEAN = "Athens accused Ankara in March of flights over Lesbos."
            + " Athens said in April that Turkish jets had returned. Ankara rejected the claim as baseless.";
    private static final String ROCKETS = "Washington said North Korea shipped rockets to Russia by rail.";

    @Inject
    ActivityQueryService activity;

    @Inject
    IngestService ingest;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    private StoredArticle aegean;
    private StoredArticle rockets;

    @BeforeEach
    void storeTwoArticles() {
        TestDatabase.clear(entityManager);
        claimSource.script(
                "Aegean",
                List.of(
                        allegation(
                                AEGEAN,
                                "accused Ankara in March of flights over Lesbos",
                                "GR",
                                "Athens",
                                "2024-03-04",
                                "TR"),
                        allegation(AEGEAN, "Turkish jets had returned", "GR", "Athens", "2024-04", "TR"),
                        denial(AEGEAN, "rejected the claim as baseless", "TR", "Ankara", "2024-04-09", "GR", "TR")));
        claimSource.script(
                "Rockets",
                List.of(allegation(
                        ROCKETS, "North Korea shipped rockets to Russia", "US", "Washington", null, "KP", "RU")));
        aegean = ingest.ingest(new Article("Aegean", AEGEAN, LocalDate.of(2024, 4, 10), null, null, "en"));
        rockets = ingest.ingest(new Article("Rockets", ROCKETS, LocalDate.of(2024, 5, 2), null, null, "en"));
    }

    @Test
    void pairsComeMostActiveFirstWithTheirClaimsByMonth() {
        List<PairActivity> pairs = activity.activePairs(ActivityFilter.ALL, 10);

        assertThat(pairs)
                .extracting(p -> p.a().code(), p -> p.b().code(), PairActivity::allegations, PairActivity::denials)
                .containsExactly(tuple("GR", "TR", 2L, 1L), tuple("KP", "US", 1L, 0L), tuple("RU", "US", 1L, 0L));
        PairActivity aegeanPair = pairs.get(0);
        assertThat(aegeanPair.first()).isEqualTo(ClaimDate.parse("2024-03-04"));
        assertThat(aegeanPair.last()).isEqualTo(ClaimDate.parse("2024-04-09"));
        assertThat(aegeanPair.months())
                .containsExactly(
                        new MonthCount(YearMonth.of(2024, 3), 1, 0), new MonthCount(YearMonth.of(2024, 4), 1, 1));
        assertThat(pairs.get(1).months()).as("undated claims have no month").isEmpty();
    }

    @Test
    void aPeriodLeavesOutClaimsOutsideItAndUndatedOnes() {
        ActivityFilter april =
                new ActivityFilter(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), null, null, Set.of(), null);

        assertThat(activity.activePairs(april, 10))
                .extracting(p -> p.a().code(), PairActivity::allegations, PairActivity::denials)
                .containsExactly(tuple("GR", 1L, 1L));
        assertThat(activity.latest(april, new PageRequest(0, 10)).total()).isEqualTo(2);
    }

    @Test
    void typeFilterCountsOnlyThatType() {
        ActivityFilter denials = new ActivityFilter(null, null, ClaimType.DENIAL, null, Set.of(), null);

        assertThat(activity.activePairs(denials, 10))
                .extracting(PairActivity::allegations, PairActivity::denials)
                .containsExactly(tuple(0L, 1L));
    }

    @Test
    void searchFindsPairsWithTheActorOrClaimsWithTheWords() {
        ActivityFilter korea = new ActivityFilter(null, null, null, null, Set.of("KP"), null);
        assertThat(activity.activePairs(korea, 10))
                .extracting(p -> p.a().code())
                .containsExactly("KP");
        assertThat(activity.latest(korea, new PageRequest(0, 10)).items())
                .extracting(StoredClaim::id)
                .containsExactly(rockets.claims().get(0).id());

        ActivityFilter words = new ActivityFilter(null, null, null, null, Set.of(), "LESBOS");
        assertThat(activity.latest(words, new PageRequest(0, 10)).items())
                .extracting(claim -> claim.evidence().text())
                .containsExactly("accused Ankara in March of flights over Lesbos");

        ActivityFilter percent = new ActivityFilter(null, null, null, null, Set.of(), "100%");
        assertThat(activity.latest(percent, new PageRequest(0, 10)).total()).isZero();
    }

    @Test
    void latestClaimsComeMostRecentlyReportedFirst() {
        assertThat(activity.latest(ActivityFilter.ALL, new PageRequest(0, 2)).items())
                .extracting(StoredClaim::id)
                .containsExactly(
                        rockets.claims().get(0).id(), aegean.claims().get(2).id());
        assertThat(activity.latest(ActivityFilter.ALL, new PageRequest(0, 2)).total())
                .isEqualTo(4);
    }

    @Test
    void aCountryPageCountsEachPartAndItsCounterparts() {
        CountryActivity turkey = activity.country("TR", ActivityFilter.ALL, 5);

        assertThat(turkey.allegationsMade()).isZero();
        assertThat(turkey.allegationsReceived()).isEqualTo(2);
        assertThat(turkey.denialsMade()).isEqualTo(1);
        assertThat(turkey.denialsReceived()).isZero();
        assertThat(turkey.counterparts()).singleElement().satisfies(greece -> {
            assertThat(greece.actor().code()).isEqualTo("GR");
            assertThat(greece.allegationsReceived()).isEqualTo(2);
            assertThat(greece.denialsMade()).isEqualTo(1);
        });
        assertThat(activity.country("GR", ActivityFilter.ALL, 5).denialsReceived())
                .isEqualTo(1);

        assertThat(activity.inRole("TR", CountryRole.ALLEGATIONS_RECEIVED, ActivityFilter.ALL, new PageRequest(0, 10))
                        .items())
                .extracting(claim -> claim.date().toString())
                .containsExactly("2024-04", "2024-03-04");
    }

    @Test
    void summaryCountsArticlesAndClaims() {
        ActivitySummary summary = activity.summary();

        assertThat(summary.articles()).isEqualTo(2);
        assertThat(summary.claims()).isEqualTo(4);
        assertThat(summary.firstStatement()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(summary.lastStatement()).isEqualTo(LocalDate.of(2024, 4, 9));
    }

    @Test
    void totalsStayExactWhenArticlesArriveConcurrentlyAndGo() throws Exception {
        // Eight clients at once, each on its own connection: the totals are kept in several slots, and add up.
        List<java.util.concurrent.Callable<StoredArticle>> clients = new java.util.ArrayList<>();
        // Each accuses another state: eight statements, not eight reports of one.
        List<String> accused = List.of("CN", "VN", "MY", "ID", "JP", "KR", "TW", "AU");
        for (int i = 0; i < accused.size(); i++) {
            String title = "Concurrent " + i;
            String evidence = "ships of " + TestClaims.actor(accused.get(i)).name() + " had rammed its supply boat";
            String body = "Manila said on Tuesday that " + evidence + ".";
            claimSource.script(title, List.of(allegation(body, evidence, "PH", "Manila", null, accused.get(i))));
            clients.add(() -> ingest.ingest(new Article(title, body, LocalDate.of(2024, 6, 18), null, null, "en")));
        }
        @SuppressWarnings("unchecked")
        java.util.concurrent.Callable<StoredArticle>[] tasks = clients.toArray(java.util.concurrent.Callable[]::new);
        Concurrently.run(tasks);

        assertThat(activity.summary().articles()).isEqualTo(10).isEqualTo(counted("select count(*) from article"));
        assertThat(activity.summary().claims()).isEqualTo(12).isEqualTo(counted("select count(*) from claim"));
        assertThat(activity.latest(ActivityFilter.ALL, new PageRequest(0, 5)).total())
                .isEqualTo(12);
        assertThat(activity.latest(
                                new ActivityFilter(null, null, ClaimType.DENIAL, null, Set.of(), null),
                                new PageRequest(0, 5))
                        .total())
                .isEqualTo(1);

        // Deleting an article takes its claims (on delete cascade) out of the totals too.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from article where id = :id")
                .setParameter("id", aegean.id())
                .executeUpdate());
        ActivitySummary after = activity.summary();
        assertThat(after.articles()).isEqualTo(9);
        assertThat(after.claims()).isEqualTo(9);
        assertThat(activity.latest(
                                new ActivityFilter(null, null, ClaimType.DENIAL, null, Set.of(), null),
                                new PageRequest(0, 5))
                        .total())
                .isZero();
    }

    private long counted(String sql) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
