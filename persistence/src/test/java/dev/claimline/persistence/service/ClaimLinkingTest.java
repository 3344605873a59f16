package dev.claimline.persistence.service;

import static dev.claimline.persistence.testing.TestClaims.allegation;
import static dev.claimline.persistence.testing.TestClaims.denial;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.Article;
import dev.claimline.extraction.ExtractedClaim;
import dev.claimline.persistence.testing.EmbeddedPostgresTestResource;
import dev.claimline.persistence.testing.ScriptedClaimSource;
import dev.claimline.persistence.testing.TestDatabase;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.view.Dispute;
import dev.claimline.persistence.view.StoredArticle;
import dev.claimline.persistence.view.StoredClaim;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Denials are linked to the allegations they answer, in one article or across articles, whichever arrives first. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ClaimLinkingTest {
    private static final String ALLEGATION_TITLE = "Warsaw blames Russian military hackers";
    private static final String ALLEGATION_BODY = "Poland's digital affairs ministry said on Monday that hackers"
            + " working for Russian military intelligence had broken into the email accounts of several officials.";
    private static final LocalDate ALLEGED = LocalDate.of(2024, 3, 4);

    @Inject
    IngestService ingest;

    @Inject
    ClaimQueryService claims;

    @Inject
    DisputeService disputes;

    @Inject
    ArticleQueryService articles;

    @Inject
    LegacyClaims legacy;

    @Inject
    ScriptedClaimSource claimSource;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void script() {
        TestDatabase.clear(entityManager);
        claimSource.script(
                ALLEGATION_TITLE,
                List.of(allegation(
                        ALLEGATION_BODY,
                        "hackers working for Russian military intelligence had broken into the email accounts",
                        "PL",
                        "Poland's digital affairs ministry",
                        ALLEGED.toString(),
                        "RU")));
    }

    @Test
    void aDenialInTheSameArticleAnswersItsAllegation() {
        String title = "Seoul and Pyongyang trade words over shells";
        String body = "South Korea said on Monday that the North had sold artillery shells to Moscow."
                + " Pyongyang rejected the claim as a fabrication on Tuesday.";
        claimSource.script(
                title,
                List.of(
                        allegation(
                                body,
                                "the North had sold artillery shells to Moscow",
                                "KR",
                                "South Korea",
                                "2024-01-08",
                                "KP",
                                "RU"),
                        denial(
                                body,
                                "rejected the claim as a fabrication",
                                "KP",
                                "Pyongyang",
                                "2024-01-09",
                                "KR",
                                "KP")));

        StoredArticle article = ingest.ingest(Article.of(title, body, LocalDate.of(2024, 1, 10)));

        StoredClaim alleged = article.claims().get(0);
        StoredClaim denied = article.claims().get(1);
        assertThat(denied.respondsTo()).containsExactly(alleged.id());
        assertThat(alleged.answeredBy()).containsExactly(denied.id());
        assertThat(denied.topic()).as("the denial names no topic").isEqualTo(Topic.OTHER);
        assertThat(article)
                .as("the answer to the ingest is the article as it is read back")
                .isEqualTo(articles.byId(article.id()).orElseThrow());
    }

    @Test
    void aDenialAWeekLaterInAnotherArticleIsLinked() {
        StoredClaim alleged = ingestAllegation();
        StoredClaim denied = ingestDenial("RU", "PL", "RU", ALLEGED.plusDays(7));

        assertThat(denied.respondsTo()).containsExactly(alleged.id());
        assertThat(denied).isEqualTo(reread(denied));
        assertThat(reread(alleged).answeredBy()).containsExactly(denied.id());
    }

    @Test
    void aDenialStoredBeforeTheAllegationItAnswersIsLinkedWhenTheAllegationArrives() {
        StoredClaim denied = ingestDenial("RU", "PL", "RU", ALLEGED.plusDays(7));
        assertThat(denied.respondsTo()).isEmpty();

        StoredArticle allegationArticle =
                answerAsReadBack(ingest.ingest(Article.of(ALLEGATION_TITLE, ALLEGATION_BODY, ALLEGED)));
        StoredClaim alleged = allegationArticle.claims().get(0);

        assertThat(alleged.answeredBy()).containsExactly(denied.id());
        assertThat(reread(denied).respondsTo()).containsExactly(alleged.id());
    }

    @Test
    void aDenialAndItsAllegationPostedAtTheSameMomentAreLinked() throws Exception {
        for (int round = 0; round < 8; round++) {
            TestDatabase.clear(entityManager);

            List<StoredClaim> stored =
                    Concurrently.run(this::ingestAllegation, () -> ingestDenial("RU", "PL", "RU", ALLEGED.plusDays(2)));

            assertThat(reread(stored.get(1)).respondsTo())
                    .as("round %d", round)
                    .containsExactly(stored.get(0).id());
        }
    }

    @Test
    void anAllyMayDenyAndTheAccuserMayBeUnknown() {
        StoredClaim alleged = ingestAllegation();

        assertThat(ingestDenial("BY", "PL", "RU", ALLEGED.plusDays(3)).respondsTo())
                .as("Belarus defends Russia")
                .containsExactly(alleged.id());
        assertThat(ingestDenial("RU", null, "RU", ALLEGED.plusDays(4)).respondsTo())
                .as("no accuser named")
                .containsExactly(alleged.id());
    }

    @Test
    void denialsOutsideTheWindowBeforeTheAllegationOrByOthersAreNotLinked() {
        ingestAllegation();

        assertThat(ingestDenial("RU", "PL", "RU", ALLEGED.plusDays(91)).respondsTo())
                .as("too late")
                .isEmpty();
        assertThat(ingestDenial("RU", "PL", "RU", ALLEGED.minusDays(3)).respondsTo())
                .as("before")
                .isEmpty();
        assertThat(ingestDenial("RU", "LT", "RU", ALLEGED.plusDays(3)).respondsTo())
                .as("answers Lithuania")
                .isEmpty();
        assertThat(ingestDenial("BY", "PL", "BY", ALLEGED.plusDays(3)).respondsTo())
                .as("defends only Belarus")
                .isEmpty();
    }

    @Test
    void aDenialOnAnotherTopicIsNotLinked() {
        ingestAllegation();
        String title = "Moscow rejects spying charge";
        String body = "The Russian embassy on Friday denied that its diplomats had been spying on Polish ports.";
        claimSource.script(
                title,
                List.of(denial(
                        body,
                        "denied that its diplomats had been spying on Polish ports",
                        "RU",
                        "The Russian embassy",
                        ALLEGED.plusDays(4).toString(),
                        "PL",
                        "RU")));

        StoredClaim denied = ingest.ingest(Article.of(title, body, ALLEGED.plusDays(4)))
                .claims()
                .get(0);

        assertThat(denied.topic()).isEqualTo(Topic.ESPIONAGE);
        assertThat(denied.respondsTo()).isEmpty();
    }

    @Test
    void aDisputeIsTheAllegationWithItsDenialsAndCounterAllegations() {
        StoredClaim alleged = ingestAllegation();
        String title = "Moscow calls Polish hacking charge a lie";
        String body = "Russia's foreign ministry on Thursday rejected Polish claims that Russian hackers had broken"
                + " into officials' email accounts. It said Warsaw was itself running hacking operations against"
                + " Russian institutions.";
        claimSource.script(
                title,
                List.of(
                        denial(
                                body,
                                "rejected Polish claims that Russian hackers had broken into officials' email"
                                        + " accounts",
                                "RU",
                                "Russia's foreign ministry",
                                "2024-03-07",
                                "PL",
                                "RU"),
                        allegation(
                                body,
                                "Warsaw was itself running hacking operations against Russian institutions",
                                "RU",
                                "It",
                                "2024-03-07",
                                "PL")));
        StoredArticle answer = ingest.ingest(Article.of(title, body, LocalDate.of(2024, 3, 8)));
        long denialId = answer.claims().get(0).id();
        long counterId = answer.claims().get(1).id();

        Dispute dispute = disputes.byId(alleged.id()).orElseThrow();
        assertThat(dispute.status()).isEqualTo(Dispute.Status.ANSWERED);
        assertThat(dispute.parties()).containsExactly("PL", "RU");
        assertThat(dispute.topic()).isEqualTo(Topic.CYBERATTACK);
        assertThat(dispute.opened()).hasToString("2024-03-04");
        assertThat(dispute.lastActivity()).hasToString("2024-03-07");
        assertThat(dispute.claims()).extracting(StoredClaim::id).containsExactly(alleged.id(), denialId, counterId);

        assertThat(disputes.list(new DisputeFilter("RU", "PL", null, null, null), new PageRequest(0, 20)))
                .as("the unanswered counter-allegation is part of the dispute, not one of its own")
                .extracting(Dispute::id)
                .containsExactly(alleged.id());
        assertThat(disputes.byId(counterId)).get().extracting(Dispute::status).isEqualTo(Dispute.Status.UNANSWERED);
        assertThat(disputes.byId(denialId)).isEmpty();
        assertThat(disputes.list(new DisputeFilter("PL", null, Topic.TRADE, null, null), new PageRequest(0, 20)))
                .isEmpty();
        assertThat(disputes.list(
                        new DisputeFilter(null, null, null, LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 31)),
                        new PageRequest(0, 20)))
                .as("active in the range")
                .hasSize(1);
        assertThat(disputes.list(
                        new DisputeFilter(null, null, null, LocalDate.of(2024, 3, 8), null), new PageRequest(0, 20)))
                .isEmpty();
    }

    @Test
    void aLaterAllegationReopensTheMatter() {
        StoredClaim first = ingestAllegation();
        ingestDenial("RU", "PL", "RU", ALLEGED.plusDays(2));
        String title = "Poland repeats hacking charge";
        String body = "Poland said on Monday that Russian hackers had again broken into the email accounts of"
                + " ministry staff.";
        claimSource.script(
                title,
                List.of(allegation(
                        body,
                        "Russian hackers had again broken into the email accounts of ministry staff",
                        "PL",
                        "Poland",
                        "2024-04-08",
                        "RU")));
        StoredClaim again = ingest.ingest(Article.of(title, body, LocalDate.of(2024, 4, 8)))
                .claims()
                .get(0);

        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(disputes.list(new DisputeFilter("PL", "RU", null, null, null), new PageRequest(0, 20)))
                .extracting(Dispute::id, Dispute::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(again.id(), Dispute.Status.UNANSWERED),
                        org.assertj.core.groups.Tuple.tuple(first.id(), Dispute.Status.ANSWERED));
    }

    @Test
    void claimsStoredBeforeTopicsAndLinksGetThemAtStartUp() {
        StoredClaim alleged = ingestAllegation();
        StoredClaim denied = ingestDenial("RU", "PL", "RU", ALLEGED.plusDays(7));
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from claim_link").executeUpdate();
            entityManager.createNativeQuery("update claim set topic = null").executeUpdate();
        });
        assertThat(reread(denied).respondsTo()).isEmpty();

        assertThat(legacy.update()).isEqualTo(2);

        assertThat(reread(alleged).topic()).isEqualTo(Topic.CYBERATTACK);
        assertThat(reread(denied).respondsTo()).containsExactly(alleged.id());
        assertThat(legacy.update()).isZero();
    }

    private StoredClaim ingestAllegation() {
        return ingest.ingest(Article.of(ALLEGATION_TITLE, ALLEGATION_BODY, ALLEGED))
                .claims()
                .get(0);
    }

    /** The answer to an ingest, checked to be the article as it is read back: its claims, reports and links. */
    private StoredArticle answerAsReadBack(StoredArticle answer) {
        assertThat(answer).isEqualTo(articles.byId(answer.id()).orElseThrow());
        return answer;
    }

    /** A denial by {@code denier} of {@code accuser}'s claim that {@code defended} hacked, published on the day. */
    private StoredClaim ingestDenial(String denier, String accuser, String defended, LocalDate day) {
        String title = "Denial by " + denier + " on " + day + " of " + accuser + " " + defended;
        String body = "Officials rejected claims that hackers had broken into email accounts as baseless.";
        ExtractedClaim denial = denial(
                body,
                "rejected claims that hackers had broken into email accounts",
                denier,
                "Officials",
                day.toString(),
                accuser,
                defended);
        claimSource.script(title, List.of(denial));
        return ingest.ingest(Article.of(title, body, day)).claims().get(0);
    }

    private StoredClaim reread(StoredClaim claim) {
        return claims.byId(claim.id()).orElseThrow();
    }
}
