package dev.claimline.persistence.service;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.claim;
import static dev.claimline.persistence.testing.TestClaims.denial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.claimline.extraction.Article;
import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.ArticleSummary;
import dev.claimline.persistence.view.Dyad;
import dev.claimline.persistence.view.Page;
import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stores articles with known claims in a real PostgreSQL and reads them back through every query service. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ClaimStorageTest {
    private static final ClaimFilter ALL_CLAIMS = new ClaimFilter(null, null, null, null);
    private static final String DRONES_TITLE = "Washington accuses Moscow over drones";
    private static final String DRONES_BODY =
            "Washington accused Moscow on Tuesday of supplying attack drones to the region. "
                    + "A day later the Kremlin dismissed the charge as fabricated.";

    private static final String SHELLS_TITLE = "Shell deliveries under scrutiny";
    private static final String SHELLS_BODY =
            "In March the State Department said Pyongyang and Moscow were trading shells."
                    + " North Korea blamed itself for nothing and denied everything."
                    + " Russian officials said Washington was spreading lies."
                    + " The US warned of consequences.";

    @Inject
    IngestService ingest;

    @Inject
    ArticleQueryService articles;

    @Inject
    ClaimQueryService claims;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(entityManager);
        claimSource.script(
                DRONES_TITLE,
                List.of(
                        allegation(
                                DRONES_BODY,
                                "accused Moscow on Tuesday of supplying attack drones",
                                "US",
                                "Washington",
                                "2023-03-07",
                                "RU"),
                        denial(
                                DRONES_BODY,
                                "the Kremlin dismissed the charge as fabricated",
                                "RU",
                                "the Kremlin",
                                "2023-03-08",
                                "US",
                                "RU")));
        claimSource.script(
                SHELLS_TITLE,
                List.of(
                        allegation(
                                SHELLS_BODY,
                                "Pyongyang and Moscow were trading shells",
                                "US",
                                "the State Department",
                                "2023-03",
                                "KP",
                                "RU"),
                        allegation(SHELLS_BODY, "blamed itself for nothing", "KP", "North Korea", null, "KP"),
                        denial(SHELLS_BODY, "denied everything", "KP", "North Korea", "2023-04-01", null, "KP"),
                        allegation(SHELLS_BODY, "Washington was spreading lies", "RU", "Russian officials", null, "US"),
                        claim(
                                ClaimType.OTHER,
                                SHELLS_BODY,
                                "warned of consequences",
                                "US",
                                "The US",
                                "2023-04-01",
                                null,
                                "KP")));
    }

    @Test
    void ingestStoresTheArticleWithEveryFieldOfItsClaims() {
        StoredArticle stored = ingest.ingest(new Article(
                DRONES_TITLE, DRONES_BODY, LocalDate.of(2023, 3, 10), "https://example.org/a", "Example", null));

        StoredArticle read = articles.byId(stored.id()).orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("createdAt").isEqualTo(stored);
        assertThat(read.title()).isEqualTo(DRONES_TITLE);
        assertThat(read.body()).isEqualTo(DRONES_BODY);
        assertThat(read.publishedAt()).isEqualTo(LocalDate.of(2023, 3, 10));
        assertThat(read.url()).isEqualTo("https://example.org/a");
        assertThat(read.source()).isEqualTo("Example");
        assertThat(read.language()).as("taken from extraction when not given").isEqualTo("en");
        assertThat(read.createdAt()).isNotNull();

        assertThat(read.claims()).hasSize(2);
        StoredClaim allegation = read.claims().get(0);
        assertThat(allegation.type()).isEqualTo(ClaimType.ALLEGATION);
        assertThat(allegation.article().id()).isEqualTo(stored.id());
        assertThat(allegation.claimant()).isEqualTo(new ActorRef("US", "United States"));
        assertThat(allegation.claimantMention()).isEqualTo("Washington");
        assertThat(allegation.accused()).containsExactly(new ActorRef("RU", "Russia"));
        assertThat(allegation.accuser()).isNull();
        assertThat(allegation.date()).isEqualTo(ClaimDate.parse("2023-03-07"));
        assertThat(allegation.confidence()).isEqualTo(0.9);
        assertThat(DRONES_BODY.substring(
                        allegation.evidence().start(), allegation.evidence().end()))
                .isEqualTo(allegation.evidence().text())
                .isEqualTo("accused Moscow on Tuesday of supplying attack drones");

        StoredClaim denial = read.claims().get(1);
        assertThat(denial.type()).isEqualTo(ClaimType.DENIAL);
        assertThat(denial.accuser()).isEqualTo(new ActorRef("US", "United States"));
        assertThat(denial.accused()).containsExactly(new ActorRef("RU", "Russia"));
    }

    @Test
    void keepsTheOrderOfAccusedAndMonthPrecision() {
        StoredArticle stored = ingestShells();

        StoredClaim first = claims.byId(stored.claims().get(0).id()).orElseThrow();
        assertThat(first.accused()).extracting(ActorRef::code).containsExactly("KP", "RU");
        assertThat(first.date()).hasToString("2023-03");
        assertThat(first.date().precision()).isEqualTo(ClaimDate.Precision.MONTH);
        assertThat(stored.claims().get(1).date()).isNull();
        assertThat(articles.byId(stored.id() + 1000)).isEmpty();
        assertThat(claims.byId(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void pagesArticlesNewestFirstWithTotalAndClaimCounts() {
        ingestDrones();
        StoredArticle shells = ingestShells();
        StoredArticle empty = ingest.ingest(Article.of("Quiet day", "Nothing happened.", LocalDate.of(2022, 1, 1)));

        Page<ArticleSummary> first = articles.newestFirst(new PageRequest(0, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items())
                .extracting(ArticleSummary::title, ArticleSummary::claimCount)
                .containsExactly(tuple(SHELLS_TITLE, 5L), tuple(DRONES_TITLE, 2L));
        assertThat(first.items().get(0).id()).isEqualTo(shells.id());

        Page<ArticleSummary> second = articles.newestFirst(new PageRequest(1, 2));
        assertThat(second.items()).extracting(ArticleSummary::id).containsExactly(empty.id());
        assertThat(second.items().get(0).claimCount()).isZero();
        assertThat(articles.count()).isEqualTo(3);
    }

    @Test
    void filtersClaimsByCountryInAnyRoleByTypeAndByDate() {
        ingestDrones();
        ingestShells();

        assertThat(listed(ALL_CLAIMS)).hasSize(7);
        assertThat(listed(new ClaimFilter("KP", null, null, null)))
                .extracting(StoredClaim::claimantMention)
                .containsExactlyInAnyOrder("the State Department", "North Korea", "North Korea", "The US");
        assertThat(listed(new ClaimFilter("US", null, null, null)))
                .as("claimant, accused and accuser")
                .hasSize(5);
        assertThat(listed(new ClaimFilter(null, ClaimType.DENIAL, null, null)))
                .extracting(c -> c.claimant().code())
                .containsExactly("KP", "RU");
        assertThat(listed(new ClaimFilter(null, null, LocalDate.of(2023, 3, 7), null)))
                .as("undated claims are left out of a date range; newest first")
                .extracting(c -> c.date().toString())
                .containsExactly("2023-04-01", "2023-04-01", "2023-03-08", "2023-03-07");
        assertThat(listed(new ClaimFilter(null, ClaimType.ALLEGATION, null, LocalDate.of(2023, 3, 7))))
                .extracting(c -> c.date().toString())
                .containsExactly("2023-03-07", "2023-03");
    }

    @Test
    void pagesClaimsWithTheTotalOfAllPages() {
        ingestDrones();
        ingestShells();

        Page<StoredClaim> page = claims.list(ALL_CLAIMS, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.items()).hasSize(3);
        assertThat(claims.list(ALL_CLAIMS, new PageRequest(2, 3)).items())
                .as("undated claims come last")
                .singleElement()
                .extracting(StoredClaim::date)
                .isNull();
    }

    @Test
    void aggregatesDyadsOverBothArticles() {
        ingestDrones();
        ingestShells();

        List<Dyad> dyads = claims.dyads();

        assertThat(dyads)
                .extracting(d -> d.a().code(), d -> d.b().code(), Dyad::allegations, Dyad::denials)
                .as("self-accusations, denials without accuser and other claims give no pair; most claims first")
                .containsExactly(tuple("RU", "US", 3L, 1L), tuple("KP", "US", 1L, 0L));
        Dyad russia = dyads.get(0);
        assertThat(russia.a()).isEqualTo(new ActorRef("RU", "Russia"));
        assertThat(russia.b()).isEqualTo(new ActorRef("US", "United States"));
        assertThat(russia.first()).as("in the claim's own precision").hasToString("2023-03");
        assertThat(russia.last()).hasToString("2023-03-08");
    }

    @Test
    void timelineListsThePairInBothDirectionsInDateOrderUndatedLast() {
        ingestDrones();
        ingestShells();

        List<StoredClaim> timeline = timeline("US", "RU");

        assertThat(timeline)
                .extracting(StoredClaim::claimantMention)
                .containsExactly("the State Department", "Washington", "the Kremlin", "Russian officials");
        assertThat(timeline("RU", "US")).isEqualTo(timeline);
        assertThat(timeline("KP", "RU"))
                .as("both accused of the same allegation form no pair")
                .isEmpty();
        assertThat(timeline("US", "US")).isEmpty();
        assertThat(claims.dyads())
                .noneMatch(d -> d.a().code().equals("KP") && d.b().code().equals("RU"));
    }

    private List<StoredClaim> timeline(String first, String second) {
        return claims.timelineAfter(first, second, TimelineFilter.ALL, null, ClaimQueryService.MAX_TIMELINE_LIMIT)
                .claims();
    }

    private List<StoredClaim> listed(ClaimFilter filter) {
        return claims.list(filter, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    private StoredArticle ingestDrones() {
        return ingest.ingest(Article.of(DRONES_TITLE, DRONES_BODY, LocalDate.of(2023, 3, 10)));
    }

    private StoredArticle ingestShells() {
        return ingest.ingest(new Article(SHELLS_TITLE, SHELLS_BODY, LocalDate.of(2023, 4, 2), null, null, "en"));
    }
}
