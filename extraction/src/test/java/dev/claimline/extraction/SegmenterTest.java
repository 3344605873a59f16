package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private static List<String> sentences(String text, String title) {
        return Segmenter.split(text, title).stream()
                .map(s -> text.substring(
                        s.tokens().get(0).start(),
                        s.tokens().get(s.tokens().size() - 1).end()))
                .toList();
    }

    @Test
    void clutterLinesAreNotContent() {
        String text =
                """
                Ministry rejects charges
                By Jan Novak | Example Wire
                3 March 2024

                OSLO — The ministry rejected the charges on Monday. It called them absurd.
                Photo: A ministry building in Oslo. (File)
                READ MORE: Neighbour accuses ministry of spying
                Tags: Norway, espionage
                AP Archive
                """;
        assertThat(sentences(text, "Ministry rejects charges"))
                .containsExactly("The ministry rejected the charges on Monday.", "It called them absurd.");
    }

    @Test
    void aSentenceNeverEndsInsideAQuotation() {
        String text = "\"We did nothing. We never will,\" the envoy said. \"Ask them.\" The talks ended.";
        assertThat(sentences(text, ""))
                .containsExactly(
                        "\"We did nothing. We never will,\" the envoy said.", "\"Ask them.\"", "The talks ended.");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "Mr. Smith met U.N. officials in St. Louis on Monday. They talked.";
        assertThat(sentences(text, "")).hasSize(2);
    }

    @Test
    void textWithoutSentencePunctuationIsCutIntoBoundedPiecesCoveringAllOfIt() {
        String text = "Chad accused Sudan of shelling the border town and "
                .repeat(200)
                .strip();
        List<Segmenter.Sentence> pieces = Segmenter.split(text, "");

        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces)
                .allSatisfy(s -> assertThat(s.tokens()).hasSizeLessThanOrEqualTo(Segmenter.MAX_SENTENCE_TOKENS));
        assertThat(pieces.stream().mapToInt(s -> s.tokens().size()).sum())
                .isEqualTo(Tokenizer.tokenize(text, 0, text.length()).size());
        assertThat(pieces.get(0).opensParagraph()).isTrue();
        assertThat(pieces.get(1).opensParagraph()).isFalse();
    }

    @Test
    void newsSentencesStayWhole() {
        String text = "The ministry said on Monday that Sudan had shelled the town, " + "and that ".repeat(40)
                + "it would answer.";
        assertThat(sentences(text, "")).containsExactly(text);
    }
}
