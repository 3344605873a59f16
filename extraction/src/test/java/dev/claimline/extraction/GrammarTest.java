package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The grammar word lists: read from grammar.txt, matched as whole words or as the stems they are. */
class GrammarTest {
    @Test
    void listsAreReadLowerCaseAndAMissingListFailsLoudly() {
        assertThat(Grammar.MODALS).contains("must", "would").doesNotContain("to");
        assertThat(Grammar.PROSPECT_MODALS).contains("would").doesNotContain("can");
        assertThat(Lexicon.grammar("comma-adverbials")).contains("for its part", "in a");
        assertThatThrownBy(() -> Lexicon.grammar("no-such-list"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-list");
    }

    @Test
    void phrasesOpenWordsOnlyAsWholeWords() {
        Set<String> phrases = Set.of("for its part", "in a", "too");
        assertThat(Grammar.opensWith(phrases, "for its part")).isTrue();
        assertThat(Grammar.opensWith(phrases, "in a statement on friday")).isTrue();
        assertThat(Grammar.opensWith(phrases, "too")).isTrue();
        assertThat(Grammar.opensWith(phrases, "took office")).isFalse();
        assertThat(Grammar.opensWith(phrases, "in addition")).isFalse();
        assertThat(Grammar.opensWith(phrases, "")).isFalse();
    }

    @Test
    void stemsMatchTheBeginningOfAWord() {
        assertThat(Grammar.startsWithAny(Grammar.ACCUSATION_STEMS, "blamed")).isTrue();
        assertThat(Grammar.startsWithAny(Grammar.ACCUSATION_STEMS, "said")).isFalse();
        assertThat(Grammar.startsWithAny(Grammar.JUDGEMENT_STEMS, "criticised")).isTrue();
    }
}
