package dev.claimline.persistence.linking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.topic.Topic;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkRulesTest {
    private static final LinkRules RULES = new LinkRules(90);
    private static final ClaimFacts ALLEGATION = allegation("PL", Set.of("RU"), Topic.CYBERATTACK, "2024-03-04");

    @Test
    void aDenialAWeekLaterInAnotherArticleAnswersTheAllegation() {
        ClaimFacts denial = denial("RU", Set.of("RU"), "PL", Topic.CYBERATTACK, "2024-03-11");

        assertThat(RULES.answersAcrossArticles(denial, ALLEGATION)).isTrue();
    }

    @Test
    void anUnknownAccuserMatchesAnyAccuserAndAPartnerMayDeny() {
        assertThat(RULES.answersAcrossArticles(
                        denial("RU", Set.of("RU"), null, Topic.CYBERATTACK, "2024-03-11"), ALLEGATION))
                .isTrue();
        assertThat(RULES.answersAcrossArticles(
                        denial("BY", Set.of("RU"), "PL", Topic.CYBERATTACK, "2024-03-11"), ALLEGATION))
                .as("Belarus defends Russia")
                .isTrue();
        assertThat(RULES.answersAcrossArticles(
                        denial("BY", Set.of("BY"), "PL", Topic.CYBERATTACK, "2024-03-11"), ALLEGATION))
                .as("Belarus defends only itself, and is not accused")
                .isFalse();
        assertThat(RULES.answersAcrossArticles(
                        denial("RU", Set.of("RU"), "LT", Topic.CYBERATTACK, "2024-03-11"), ALLEGATION))
                .as("another accuser")
                .isFalse();
    }

    @Test
    void acrossArticlesTheTopicMustBeTheSameAndKnown() {
        assertThat(RULES.answersAcrossArticles(
                        denial("RU", Set.of("RU"), "PL", Topic.ESPIONAGE, "2024-03-11"), ALLEGATION))
                .isFalse();
        ClaimFacts vague = allegation("PL", Set.of("RU"), Topic.OTHER, "2024-03-04");
        assertThat(RULES.answersAcrossArticles(denial("RU", Set.of("RU"), "PL", Topic.OTHER, "2024-03-11"), vague))
                .isFalse();
    }

    @Test
    void theDenialMayComeUpToTheWindowAfterButNotBefore() {
        assertThat(RULES.answersAcrossArticles(
                        denial("RU", Set.of("RU"), "PL", Topic.CYBERATTACK, "2024-06-02"), ALLEGATION))
                .as("90 days after")
                .isTrue();
        assertThat(RULES.answersAcrossArticles(
                        denial("RU", Set.of("RU"), "PL", Topic.CYBERATTACK, "2024-06-03"), ALLEGATION))
                .as("91 days after")
                .isFalse();
        assertThat(RULES.answersAcrossArticles(
                        denial("RU", Set.of("RU"), "PL", Topic.CYBERATTACK, "2024-03-02"), ALLEGATION))
                .as("before")
                .isFalse();
        assertThat(RULES.answersAcrossArticles(
                        denial("RU", Set.of("RU"), "PL", Topic.CYBERATTACK, "2024-03"), ALLEGATION))
                .as("in the same month")
                .isTrue();
        assertThat(new LinkRules(10)
                        .answersAcrossArticles(
                                denial("RU", Set.of("RU"), "PL", Topic.CYBERATTACK, "2024-03-20"), ALLEGATION))
                .as("a shorter window")
                .isFalse();
    }

    @Test
    void withinAnArticleTopicsNeedOnlyFitAndANamedAccuserIsEnough() {
        ClaimFacts vagueDenial = denial("RU", Set.of("RU"), null, Topic.OTHER, "2024-03-05");
        ClaimFacts otherTopic = denial("RU", Set.of("RU"), "PL", Topic.ESPIONAGE, "2024-03-05");
        ClaimFacts otherTopicNoAccuser = denial("RU", Set.of("RU"), null, Topic.ESPIONAGE, "2024-03-05");

        assertThat(RULES.answersInArticle(vagueDenial, ALLEGATION, true)).isTrue();
        assertThat(RULES.answersInArticle(otherTopic, ALLEGATION, true)).isFalse();
        assertThat(RULES.answersInArticle(otherTopic, ALLEGATION, false)).isTrue();
        assertThat(RULES.answersInArticle(otherTopicNoAccuser, ALLEGATION, false))
                .isFalse();
        assertThat(RULES.answersInArticle(ALLEGATION, ALLEGATION, true)).isFalse();
    }

    @Test
    void undatedClaimsSpanTheWindowBeforeTheirArticle() {
        DateSpan span = DateSpan.of(null, LocalDate.parse("2024-03-31"), 90);

        assertThat(span).isEqualTo(new DateSpan(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-31")));
        assertThat(DateSpan.of(ClaimDate.parse("2024-02"), LocalDate.parse("2024-03-31"), 90))
                .isEqualTo(new DateSpan(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-29")));
        assertThat(span.near(new DateSpan(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-01")), 1))
                .isTrue();
        assertThat(span.near(new DateSpan(LocalDate.parse("2024-04-02"), LocalDate.parse("2024-04-02")), 1))
                .isFalse();
    }

    static ClaimFacts allegation(String claimant, Set<String> accused, Topic topic, String date) {
        return new ClaimFacts(1, ClaimType.ALLEGATION, claimant, accused, null, topic, span(date));
    }

    static ClaimFacts denial(String claimant, Set<String> defended, String accuser, Topic topic, String date) {
        return new ClaimFacts(2, ClaimType.DENIAL, claimant, defended, accuser, topic, span(date));
    }

    private static DateSpan span(String date) {
        return DateSpan.of(ClaimDate.parse(date), LocalDate.parse("2024-12-31"), 90);
    }
}
