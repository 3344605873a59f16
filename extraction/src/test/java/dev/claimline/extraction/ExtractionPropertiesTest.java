package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever text arrives, extraction returns normally and every evidence span lies within the body. */
class ExtractionPropertiesTest {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();

    @Property(tries = 300)
    void anyTextYieldsValidSpans(@ForAll("oddText") String body) {
        assertValid(body);
    }

    @Property(tries = 200)
    void newsLikeTextYieldsValidSpans(@ForAll("newsLike") String body) {
        assertValid(body);
    }

    @Example
    void emptyAndBlankBodiesYieldNothing() {
        assertThat(EXTRACTOR
                        .extract(Article.of("", "", LocalDate.of(2024, 1, 10)))
                        .claims())
                .isEmpty();
        assertThat(EXTRACTOR
                        .extract(Article.of("", " \n\n\t ", LocalDate.of(2024, 1, 10)))
                        .claims())
                .isEmpty();
    }

    @Example
    void aHugeArticleIsReadWhole() {
        String paragraph = "Norway's foreign ministry said on Monday that Russian aircraft had violated its airspace. "
                + "\"We have never sent aircraft there,\" the Russian embassy said. \u0000\uFFFF \"unbalanced\n\n";
        String body = paragraph.repeat(4000); // about 600,000 characters
        ExtractionResult r = EXTRACTOR.extract(Article.of("t", body, LocalDate.of(2024, 1, 10)));
        assertThat(r.claims()).isNotEmpty();
        assertSpans(body, r);
    }

    private static void assertValid(String body) {
        assertSpans(body, EXTRACTOR.extract(Article.of("t", body, LocalDate.of(2024, 1, 10))));
    }

    private static void assertSpans(String body, ExtractionResult r) {
        for (ExtractedClaim c : r.claims()) {
            assertThat(c.evidence().start()).isBetween(0, body.length());
            assertThat(c.evidence().end()).isBetween(c.evidence().start(), body.length());
            assertThat(body.substring(c.evidence().start(), c.evidence().end()))
                    .isEqualTo(c.evidence().text());
        }
    }

    @Provide
    Arbitrary<String> oddText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(400),
                Arbitraries.strings().withChars("\"“”'’<>&;.,:—-\n ").ofMaxLength(200),
                Arbitraries.strings()
                        .withCharRange('\u0400', '\u04ff')
                        .withChars(' ', '.', '"')
                        .ofMaxLength(300),
                Arbitraries.strings()
                        .withChars("<p></p><em>&amp;&#8217;&quot;abc ")
                        .ofMaxLength(300));
    }

    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> word = Arbitraries.of(
                "Russia",
                "said",
                "denied",
                "accused",
                "\"",
                "“",
                "”",
                "the",
                "ministry",
                "Washington",
                "on",
                "Monday",
                "never",
                "in",
                "Beijing",
                ",",
                ".",
                "\n",
                "\n\n",
                "READ MORE:",
                "Photo:",
                "its",
                "that",
                "of",
                "by",
                "was",
                "an accusation",
                "rejected",
                "Kyiv",
                "Ukraine's",
                "spokesman",
                "baseless",
                "<p>",
                "</p>",
                "&amp;",
                "he",
                "it",
                "according to",
                "NATO",
                "EU",
                "U.S.",
                "Mr.",
                "(",
                ")",
                "—",
                "BEIJING —");
        return word.list().ofMaxSize(120).map(ws -> String.join(" ", ws));
    }
}
