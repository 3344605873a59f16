package dev.claimline.persistence.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicLexiconTest {
    private static final TopicLexicon LEXICON = TopicLexicon.standard();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Pyongyang had sold artillery shells and rockets to Moscow | ARMS_TRANSFERS",
                "we have never delivered any weapons to the rebels | ARMS_TRANSFERS",
                "hackers working for military intelligence broke into the ministry's email accounts | CYBERATTACK",
                "a ransomware campaign run from its territory | CYBERATTACK",
                "two of its diplomats had been spying on the navy | ESPIONAGE",
                "Moscow tried to sway the presidential election with a disinformation campaign | ELECTION_INTERFERENCE",
                "meddling in the country's elections | ELECTION_INTERFERENCE",
                "the systematic torture of prisoners in the camps | HUMAN_RIGHTS",
                "two fighter jets had violated its airspace | INCURSION",
                "coast guard vessels entered its territorial waters near the islands | INCURSION",
                "shelling the villages in breach of the ceasefire | CEASEFIRE_VIOLATION",
                "the army had used chlorine against civilians | CHEMICAL_WEAPONS",
                "a nerve agent was used to poison the defector | CHEMICAL_WEAPONS",
                "divers had sabotaged the gas pipeline | SABOTAGE",
                "was behind the damage to the undersea cables | SABOTAGE",
                "it had massed troops and tanks along the border | TROOP_DEPLOYMENT",
                "the arbitrary detention of two of its citizens | DETENTION",
                "had arrested a journalist on false charges | DETENTION",
                "unfair subsidies and dumping of cheap steel | TRADE",
                "the new tariffs on electric vehicles | TRADE",
                "the remarks were reckless and provocative | OTHER",
            })
    void givesTheTopicOfTheEvidence(String evidence, Topic expected) {
        assertThat(LEXICON.classify(evidence, evidence)).isEqualTo(expected);
    }

    @Test
    void theSentenceDecidesWhereTheEvidenceSaysNothing() {
        String body = "Tension rose on Friday. The foreign ministry dismissed the report about arms shipments to the"
                + " militia as a lie. Talks continue.";
        int start = body.indexOf("dismissed the report");
        int end = start + "dismissed the report".length();

        assertThat(LEXICON.classify(body, start, end)).isEqualTo(Topic.ARMS_TRANSFERS);
        assertThat(TopicLexicon.sentenceAround(body, start, end))
                .isEqualTo("The foreign ministry dismissed the report about arms shipments to the militia as a lie.");
    }

    @Test
    void theEvidenceWeighsMoreThanTheRestOfTheSentence() {
        String sentence = "Amid a row over tariffs, the ministry said the jets had violated its airspace.";
        String evidence = "the jets had violated its airspace";

        assertThat(LEXICON.classify(evidence, sentence)).isEqualTo(Topic.INCURSION);
    }

    @Test
    void readsCodesAndLabels() {
        assertThat(Topic.parse("arms_transfers")).contains(Topic.ARMS_TRANSFERS);
        assertThat(Topic.parse("Arms-Transfers")).contains(Topic.ARMS_TRANSFERS);
        assertThat(Topic.parse("airspace or maritime incursion")).contains(Topic.INCURSION);
        assertThat(Topic.parse("weather")).isEmpty();
    }

    @Test
    void rejectsMalformedRules() throws IOException {
        assertThatThrownBy(() -> parse("TRADE\t2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> parse("OTHER\t2\tanything")).isInstanceOf(IllegalArgumentException.class);
        assertThat(parse("# comment\n\nTRADE\t1\tlevy|levies + steel")
                        .classify("new levies on steel", "new levies on steel"))
                .isEqualTo(Topic.TRADE);
    }

    private static TopicLexicon parse(String text) throws IOException {
        return TopicLexicon.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
