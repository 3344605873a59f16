package dev.claimline.persistence.linking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.extraction.Gazetteer;
import dev.claimline.persistence.topic.Topic;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportMatcherTest {
    private static final ReportMatcher MATCHER = ReportMatcher.create(Gazetteer.standard());

    @Test
    void theSameKnownTopicOnTheSameDayIsTheSameStatement() {
        ReportMatcher.Report report = report(
                Topic.INCURSION, "2024-06-11", null, "Russian helicopters violated" + " Finland's airspace near Kotka");
        ReportMatcher.Stored stored = stored(
                Topic.INCURSION,
                "2024-06-11",
                null,
                "two military helicopters had" + " crossed into Finnish airspace over the gulf");

        assertThat(MATCHER.match(report, stored)).isPresent();
    }

    @Test
    void datesMustBeWithinADayOrOneUnknown() {
        String text = "helicopters crossed into the airspace";
        assertThat(MATCHER.match(
                        report(Topic.INCURSION, "2024-06-12", null, text),
                        stored(Topic.INCURSION, "2024-06-11", null, text)))
                .isPresent();
        assertThat(MATCHER.match(
                        report(Topic.INCURSION, "2024-06-13", null, text),
                        stored(Topic.INCURSION, "2024-06-11", null, text)))
                .isEmpty();
        assertThat(MATCHER.match(
                        report(Topic.INCURSION, null, null, text), stored(Topic.INCURSION, "2024-06-11", null, text)))
                .as("undated, reported on 2024-06-14")
                .isPresent();
        assertThat(MATCHER.match(
                        report(Topic.INCURSION, "2024-06", null, text),
                        stored(Topic.INCURSION, "2024-06-11", null, text)))
                .as("the month holds the day")
                .isPresent();
    }

    @Test
    void withoutATopicTheWordsMustOverlap() {
        ReportMatcher.Stored stored = stored(
                Topic.OTHER,
                "2024-06-11",
                null,
                "the neighbour was stirring unrest" + " among the fishermen of the northern coast");

        assertThat(MATCHER.match(
                        report(Topic.OTHER, "2024-06-11", null, "stirring unrest among coastal fishermen"), stored))
                .isPresent();
        assertThat(MATCHER.match(report(Topic.OTHER, "2024-06-11", null, "had insulted the prime minister"), stored))
                .isEmpty();
        assertThat(MATCHER.contentWords("Finland said Russian officials accused the Kremlin of lying"))
                .as("names of actors and reporting words say nothing about the subject")
                .containsExactlyInAnyOrder("lying");
    }

    @Test
    void differentAccusersOrAccusedAreDifferentStatements() {
        String text = "helicopters crossed into the airspace";
        ReportMatcher.Report denial = new ReportMatcher.Report(
                facts(ClaimType.DENIAL, Set.of("RU"), "FI", Topic.INCURSION, "2024-06-11"), text);

        assertThat(MATCHER.match(
                        denial,
                        new ReportMatcher.Stored(
                                facts(ClaimType.DENIAL, Set.of("RU"), null, Topic.INCURSION, "2024-06-11"),
                                List.of(text))))
                .isPresent();
        assertThat(MATCHER.match(
                        denial,
                        new ReportMatcher.Stored(
                                facts(ClaimType.DENIAL, Set.of("RU"), "EE", Topic.INCURSION, "2024-06-11"),
                                List.of(text))))
                .isEmpty();
        assertThat(MATCHER.match(
                        denial,
                        new ReportMatcher.Stored(
                                facts(ClaimType.DENIAL, Set.of("RU", "BY"), "FI", Topic.INCURSION, "2024-06-11"),
                                List.of(text))))
                .isEmpty();
    }

    private static ReportMatcher.Report report(Topic topic, String date, String accuser, String evidence) {
        return new ReportMatcher.Report(facts(ClaimType.ALLEGATION, Set.of("RU"), accuser, topic, date), evidence);
    }

    private static ReportMatcher.Stored stored(Topic topic, String date, String accuser, String evidence) {
        return new ReportMatcher.Stored(
                facts(ClaimType.ALLEGATION, Set.of("RU"), accuser, topic, date), List.of(evidence));
    }

    private static ClaimFacts facts(ClaimType type, Set<String> accused, String accuser, Topic topic, String date) {
        return new ClaimFacts(
                0,
                type,
                "FI",
                accused,
                accuser,
                topic,
                DateSpan.of(date == null ? null : ClaimDate.parse(date), LocalDate.parse("2024-06-14"), 90));
    }
}
