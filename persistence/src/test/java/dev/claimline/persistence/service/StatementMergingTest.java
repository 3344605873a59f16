package dev.claimline.persistence.service;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.denial;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.Article;
import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;
import dev.claimline.persistence.view.StoredMention;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several articles reporting one statement give one claim with a mention for each, whatever the order or timing. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class StatementMergingTest {
    static final String WIRE_TITLE = "Finland says Russian helicopters entered its airspace";
    static final String WIRE_BODY = "Finland's defence ministry said on Tuesday that two Russian military helicopters"
            + " had crossed into Finnish airspace over the Gulf of Finland for about four minutes.";
    static final String WIRE_EVIDENCE =
            "two Russian military helicopters had crossed into Finnish airspace over the Gulf of Finland";

    static final String PAPER_TITLE = "Helsinki protests over helicopter flight";
    static final String PAPER_BODY = "Russian helicopters violated Finland's airspace near the coastal town of Kotka"
            + " on Tuesday, the Finnish defence ministry said. The border guard is investigating.";
    static final String PAPER_EVIDENCE =
            "Russian helicopters violated Finland's airspace near the coastal town of Kotka";

    static final String LATER_TITLE = "Another helicopter flight, says Finland";
    static final String LATER_BODY =
            "A week later the defence ministry said Russian helicopters had again flown" + " into Finnish airspace.";

    @Inject
    IngestService ingest;

    @Inject
    ClaimQueryService claims;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void script() {
        TestDatabase.clear(entityManager);
        claimSource.script(
                WIRE_TITLE,
                List.of(allegation(WIRE_BODY, WIRE_EVIDENCE, "FI", "Finland's defence ministry", "2024-06-11", "RU")));
        claimSource.script(
                PAPER_TITLE,
                List.of(allegation(
                        PAPER_BODY, PAPER_EVIDENCE, "FI", "the Finnish defence ministry", "2024-06-11", "RU")));
        claimSource.script(
                LATER_TITLE,
                List.of(allegation(
                        LATER_BODY,
                        "Russian helicopters had again flown into Finnish airspace",
                        "FI",
                        "the defence ministry",
                        "2024-06-18",
                        "RU")));
    }

    @Test
    void twoReportsOfOneStatementAreOneClaimWithTwoMentions() {
        StoredArticle wire = ingestWire();
        StoredArticle paper = ingestPaper();

        List<StoredClaim> all = allClaims();
        assertThat(all).hasSize(1);
        StoredClaim claim = all.get(0);
        assertThat(claim.topic()).isEqualTo(Topic.INCURSION);
        assertThat(claim.article().id()).as("the first report's article").isEqualTo(wire.id());
        assertThat(claim.evidence().text()).isEqualTo(WIRE_EVIDENCE);
        assertThat(claim.mentions())
                .extracting(m -> m.article().id(), m -> m.evidence().text())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(wire.id(), WIRE_EVIDENCE),
                        org.assertj.core.groups.Tuple.tuple(paper.id(), PAPER_EVIDENCE));

        StoredClaim asThePaperReportsIt = paper.claims().get(0);
        assertThat(asThePaperReportsIt.id()).isEqualTo(claim.id());
        assertThat(asThePaperReportsIt.article().id()).isEqualTo(paper.id());
        assertThat(PAPER_BODY.substring(
                        asThePaperReportsIt.evidence().start(),
                        asThePaperReportsIt.evidence().end()))
                .isEqualTo(PAPER_EVIDENCE);
        assertThat(asThePaperReportsIt.claimantMention()).isEqualTo("the Finnish defence ministry");
        assertThat(asThePaperReportsIt.mentions()).hasSize(2);
    }

    @Test
    void theOrderOfArrivalDoesNotMatter() {
        StoredArticle paper = ingestPaper();
        StoredArticle wire = ingestWire();

        StoredClaim claim = allClaims().get(0);
        assertThat(allClaims()).hasSize(1);
        assertThat(claim.article().id()).isEqualTo(paper.id());
        assertThat(claim.mentions()).extracting(m -> m.article().id()).containsExactlyInAnyOrder(paper.id(), wire.id());
    }

    @Test
    void reportsPostedAtTheSameMomentAreStillOneClaim() throws Exception {
        for (int round = 0; round < 8; round++) {
            TestDatabase.clear(entityManager);

            Concurrently.run(this::ingestWire, this::ingestPaper, this::ingestThirdReport);

            List<StoredClaim> all = allClaims();
            assertThat(all).as("round %d", round).hasSize(1);
            assertThat(all.get(0).mentions()).as("round %d", round).hasSize(3);
        }
    }

    @Test
    void aStatementAWeekLaterIsAnotherClaim() {
        ingestWire();
        ingest.ingest(Article.of(LATER_TITLE, LATER_BODY, LocalDate.of(2024, 6, 19)));

        assertThat(allClaims())
                .extracting(c -> c.date().toString(), c -> c.mentions().size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2024-06-18", 1),
                        org.assertj.core.groups.Tuple.tuple("2024-06-11", 1));
    }

    @Test
    void otherAccusedOrAnotherTypeAreOtherClaims() {
        ingestWire();
        String title = "Finland names two states";
        String body = "Finland said on Tuesday that Russian and Belarusian helicopters had crossed into its airspace."
                + " Moscow denied on Tuesday that its helicopters had crossed into Finnish airspace.";
        claimSource.script(
                title,
                List.of(
                        allegation(
                                body,
                                "Russian and Belarusian helicopters had crossed into its airspace",
                                "FI",
                                "Finland",
                                "2024-06-11",
                                "RU",
                                "BY"),
                        denial(
                                body,
                                "its helicopters had crossed into Finnish airspace",
                                "RU",
                                "Moscow",
                                "2024-06-11",
                                "FI",
                                "RU")));
        ingest.ingest(Article.of(title, body, LocalDate.of(2024, 6, 12)));

        assertThat(allClaims()).hasSize(3).allSatisfy(c -> assertThat(c.mentions())
                .hasSize(1));
    }

    @Test
    void aLaterReportMakesTheDateMorePrecise() {
        String title = "Finland recalls June helicopter incident";
        String body = "In June, Finland said Russian helicopters had crossed into Finnish airspace over the gulf.";
        claimSource.script(
                title,
                List.of(allegation(
                        body,
                        "Russian helicopters had crossed into Finnish airspace over the gulf",
                        "FI",
                        "Finland",
                        "2024-06",
                        "RU")));
        assertThat(ingest.ingest(Article.of(title, body, LocalDate.of(2024, 7, 2)))
                        .claims()
                        .get(0)
                        .date())
                .hasToString("2024-06");

        ingestWire();

        StoredClaim claim = allClaims().get(0);
        assertThat(allClaims()).hasSize(1);
        assertThat(claim.date()).isEqualTo(ClaimDate.parse("2024-06-11"));
        assertThat(claim.mentions())
                .extracting(StoredMention::date)
                .containsExactly(ClaimDate.parse("2024-06-11"), ClaimDate.parse("2024-06"));
        assertThat(claims.dyads()).singleElement().satisfies(dyad -> {
            assertThat(dyad.a()).isEqualTo(new ActorRef("FI", "Finland"));
            assertThat(dyad.allegations()).isEqualTo(1);
        });
    }

    @Test
    void listsCountAClaimOnceAndArticlesCountEveryClaimTheyReport() {
        StoredArticle wire = ingestWire();
        StoredArticle paper = ingestPaper();

        assertThat(claims.list(ClaimFilter.ALL, new PageRequest(0, 20)).total()).isEqualTo(1);
        assertThat(claims.list(
                                new ClaimFilter(null, ClaimType.ALLEGATION, null, null, Topic.INCURSION),
                                new PageRequest(0, 20))
                        .total())
                .isEqualTo(1);
        assertThat(claims.list(new ClaimFilter(null, null, null, null, Topic.TRADE), new PageRequest(0, 20))
                        .total())
                .isZero();
        assertThat(wire.claims()).hasSize(1);
        assertThat(paper.claims()).hasSize(1);
    }

    private StoredArticle ingestWire() {
        return ingest.ingest(new Article(
                WIRE_TITLE, WIRE_BODY, LocalDate.of(2024, 6, 11), "https://wire.example/fi-ru", "Example Wire", null));
    }

    private StoredArticle ingestPaper() {
        return ingest.ingest(new Article(
                PAPER_TITLE,
                PAPER_BODY,
                LocalDate.of(2024, 6, 12),
                "https://paper.example/kotka",
                "Daily Example",
                null));
    }

    private StoredArticle ingestThirdReport() {
        String title = "Helicopters over the gulf";
        String body = "Two Russian helicopters flew into Finnish airspace on Tuesday, Helsinki said.";
        claimSource.script(
                title,
                List.of(allegation(
                        body,
                        "Two Russian helicopters flew into Finnish airspace",
                        "FI",
                        "Helsinki",
                        "2024-06-11",
                        "RU")));
        return ingest.ingest(Article.of(title, body, LocalDate.of(2024, 6, 11)));
    }

    private List<StoredClaim> allClaims() {
        return claims.list(ClaimFilter.ALL, new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
    }
}
