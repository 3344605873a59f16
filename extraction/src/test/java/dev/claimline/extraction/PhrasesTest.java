package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Clause and phrase structure: where what was said ends, where clauses split, what sets the scene. */
class PhrasesTest {
    private static List<Token> tokens(String s) {
        return Tokenizer.tokenize(s, 0, s.length());
    }

    private static String words(List<Token> t, int from, int to) {
        return Phrases.joinLower(t, from, to);
    }

    @Test
    void trailingPunctuationConjunctionsAndAnAnnouncedAnswerAreNotWhatWasSaid() {
        List<Token> t = tokens("the jets had entered its airspace, and");
        assertThat(words(t, 0, Phrases.trimTrailing(t, 0, t.size()))).isEqualTo("the jets had entered its airspace");
        List<Token> u = tokens("Manila accused Beijing of ramming the boat, an account");
        assertThat(words(u, 0, Phrases.trimTrailing(u, 0, u.size())))
                .isEqualTo("manila accused beijing of ramming the boat");
    }

    @Test
    void whatWasSaidSplitsAtSemicolonsAndThatClausesButNotInsideAPhrase() {
        List<Token> t = tokens("the drones came from the north; they were Russian and that they had crossed twice");
        assertThat(Phrases.clauses(t, 0, t.size()))
                .extracting(c -> words(t, c[0], c[1]))
                .containsExactly("the drones came from the north", "they were russian", "they had crossed twice");
        List<Token> u = tokens("Russia and Belarus had flown balloons across the border");
        assertThat(Phrases.clauses(u, 0, u.size())).hasSize(1);
    }

    @Test
    void commaAdverbialsMatchWholeWords() {
        List<Token> t = tokens("Moscow, for its part, said");
        assertThat(Phrases.commaAdverbial(t, 5)).isEqualTo(1);
        List<Token> speaking = tokens("the minister, speaking to reporters, said");
        assertThat(Phrases.commaAdverbial(speaking, 6)).isEqualTo(2);
        // an apposition is not an adverbial, nor is a word that merely begins like one ("took", "onward")
        assertThat(Phrases.commaAdverbial(tokens("Tariq Mahmood, the spokesman, said"), 5))
                .isEqualTo(-1);
        assertThat(Phrases.commaAdverbial(tokens("the envoy, took office, said"), 5))
                .isEqualTo(-1);
    }

    @Test
    void prospectsAndOpenQuestionsAreNotAccounts() {
        List<Token> prospect = tokens("the partnership would help both sides");
        assertThat(Phrases.hypothetical(prospect, 0, prospect.size())).isTrue();
        List<Token> open = tokens("it was too early to say who was responsible");
        assertThat(Phrases.hypothetical(open, 0, open.size())).isTrue();
        List<Token> account = tokens("Russian jets had violated its airspace");
        assertThat(Phrases.hypothetical(account, 0, account.size())).isFalse();
    }

    @Test
    void onlyTheSceneFollowsAnAttribution() {
        List<Token> t = tokens("the air force said on Monday, in a wave of attacks");
        assertThat(Phrases.circumstantialTail(t, 4)).isTrue();
        List<Token> u = tokens("the air force said on Monday, adding that drones had struck");
        assertThat(Phrases.circumstantialTail(u, 4)).isFalse();
    }

    @Test
    void backgroundAdverbsAndTheQuotedOfficial() {
        List<Token> t = tokens("Bamako has previously accused Paris");
        assertThat(Phrases.backgroundAdverb(t, 3)).isTrue();
        assertThat(Phrases.backgroundAdverb(tokens("Bamako accused Paris"), 1)).isFalse();
        List<Token> kcna = tokens("KCNA quoted a defence ministry official as saying");
        int[] official = Phrases.quotedAsSaying(kcna, kcna.size() - 1);
        assertThat(words(kcna, official[0], official[1])).isEqualTo("a defence ministry official");
    }
}
