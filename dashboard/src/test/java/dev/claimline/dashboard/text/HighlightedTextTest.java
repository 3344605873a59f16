package dev.claimline.dashboard.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.extraction.ClaimType;
import dev.claimline.extraction.Evidence;
import dev.claimline.persistence.topic.Topic;
import dev.claimline.persistence.view.ActorRef;
import dev.claimline.persistence.view.ArticleRef;
import dev.claimline.persistence.view.StoredClaim;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HighlightedTextTest {
    private static final ActorRef RUSSIA = new ActorRef("RU", "Russia");

    @Test
    void plainTextIsCutAtTheEvidenceAndReadsAsBefore() {
        String body = "Kyiv said Russia shelled the plant. Moscow denied it.";
        StoredClaim allegation = claim(1, ClaimType.ALLEGATION, body, "Russia shelled the plant");
        StoredClaim denial = claim(2, ClaimType.DENIAL, body, "denied it");

        HighlightedText text = HighlightedText.of(body, List.of(allegation, denial));

        assertThat(joined(text)).isEqualTo(body);
        assertThat(text.segments())
                .filteredOn(s -> s.kind() != null)
                .extracting(HighlightedText.Segment::text, HighlightedText.Segment::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Russia shelled the plant", "allegation"),
                        org.assertj.core.groups.Tuple.tuple("denied it", "denial"));
        assertThat(text.segments().get(1).anchors()).containsExactly(1L);
        assertThat(text.segments().get(1).refs())
                .extracting(HighlightedText.Ref::number)
                .containsExactly(1);
    }

    @Test
    void overlappingEvidenceOfDifferentTypesIsMixed() {
        String body = "Moscow rejected the charge and accused Kyiv of lying.";
        StoredClaim denial = claim(1, ClaimType.DENIAL, body, "rejected the charge and accused");
        StoredClaim counter = claim(2, ClaimType.ALLEGATION, body, "accused Kyiv of lying");

        HighlightedText text = HighlightedText.of(body, List.of(denial, counter));

        assertThat(joined(text)).isEqualTo(body);
        assertThat(text.segments())
                .filteredOn(s -> "mixed".equals(s.kind()))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.text()).isEqualTo("accused");
                    assertThat(s.title()).contains("Claim 1, denial", "claim 2, allegation");
                });
    }

    @Test
    void anHtmlBodyIsShownAsTextWithTheSameOffsets() {
        String body = "<p>Kyiv said <em>Russia</em> shelled the plant &amp; the town.</p><script>x()</script>"
                + "<p>Moscow denied it.</p>";
        StoredClaim allegation =
                claim(1, ClaimType.ALLEGATION, body, "<em>Russia</em> shelled the plant &amp; the town");

        HighlightedText text = HighlightedText.of(body, List.of(allegation));

        assertThat(joined(text)).isEqualTo("Kyiv said Russia shelled the plant & the town.\n\nMoscow denied it.");
        assertThat(text.segments())
                .filteredOn(s -> s.kind() != null)
                .extracting(HighlightedText.Segment::text)
                .containsExactly("Russia", " shelled the plant & the town");
    }

    private static String joined(HighlightedText text) {
        return text.segments().stream().map(HighlightedText.Segment::text).collect(Collectors.joining());
    }

    private static StoredClaim claim(long id, ClaimType type, String body, String evidence) {
        int start = body.indexOf(evidence);
        return new StoredClaim(
                id,
                new ArticleRef(1, "t", LocalDate.of(2024, 1, 1), null, null),
                type,
                RUSSIA,
                "Moscow",
                List.of(RUSSIA),
                null,
                null,
                new Evidence(evidence, start, start + evidence.length()),
                0.9,
                Topic.OTHER,
                List.of(),
                List.of(),
                List.of());
    }
}
