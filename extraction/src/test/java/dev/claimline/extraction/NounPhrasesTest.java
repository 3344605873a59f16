package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The speaker phrase of a speech verb, left of it or, inverted, right of it. */
class NounPhrasesTest {
    private static final NounPhrases PHRASES = new NounPhrases(Lexicon.standard());

    private static String leftOf(String sentence, String verb) {
        List<Token> t = Tokenizer.tokenize(sentence, 0, sentence.length());
        int v = 0;
        while (!t.get(v).is(verb)) {
            v++;
        }
        int[] np = PHRASES.leftNounPhrase(t, v);
        return np[0] < np[1]
                ? sentence.substring(t.get(np[0]).start(), t.get(np[1] - 1).end())
                : "";
    }

    @Test
    void theSpeakerStandsBeforeAdverbialsAndAuxiliaries() {
        assertThat(leftOf("Azerbaijan's defence ministry on Thursday swiftly denied it.", "denied"))
                .isEqualTo("Azerbaijan's defence ministry");
        assertThat(leftOf("Moscow has for years rejected the claim.", "rejected"))
                .isEqualTo("Moscow");
        assertThat(leftOf("The Kremlin, for its part, said nothing new.", "said"))
                .isEqualTo("The Kremlin");
    }

    @Test
    void anAppositionWithATitleBelongsToTheSpeaker() {
        assertThat(leftOf("Shushan Stepanyan, spokeswoman for Armenia's defence ministry, said so.", "said"))
                .isEqualTo("Shushan Stepanyan, spokeswoman for Armenia's defence ministry");
        assertThat(leftOf("The foreign policy spokesman, Anders Lindqvist, said so.", "said"))
                .isEqualTo("The foreign policy spokesman, Anders Lindqvist");
    }

    @Test
    void aRelativeClauseIsSkippedAndAClauseBeforeACommaIsNot() {
        assertThat(leftOf("The Houthis, who control the capital, say the ships were hit.", "say"))
                .isEqualTo("The Houthis");
        assertThat(leftOf("Talks ended early, officials said.", "said")).isEqualTo("officials");
    }

    @Test
    void anInvertedSpeakerFollowsTheVerb() {
        String s = "said the foreign ministry in Baku";
        List<Token> t = Tokenizer.tokenize(s, 0, s.length());
        int[] np = PHRASES.rightNounPhrase(t, 1);
        assertThat(Phrases.joinLower(t, np[0], np[1])).isEqualTo("the foreign ministry in baku");
    }
}
