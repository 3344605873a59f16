package dev.claimline.extraction;

import java.util.Set;

/** The small word lists of grammar the stages read, from {@code lexicon/grammar.txt}; see that file for each. */
final class Grammar {
    static final Set<String> IRREGULAR_PARTICIPLES = Lexicon.grammar("irregular-participles");
    static final Set<String> PRONOUNS = Lexicon.grammar("pronouns");
    static final Set<String> ANAPHORIC_HEADS = Lexicon.grammar("anaphoric-heads");
    static final Set<String> SELF = Lexicon.grammar("self");
    static final Set<String> AUX = Lexicon.grammar("aux");
    static final Set<String> NP_WORDS = Lexicon.grammar("np-words");
    static final Set<String> CLAIM_NOUNS = Lexicon.grammar("claim-nouns");
    static final Set<String> AMBIGUOUS_VERBS = Lexicon.grammar("ambiguous-verbs");
    static final Set<String> COMMUNICATION_VERBS = Lexicon.grammar("communication-verbs");
    static final Set<String> SUBORDINATORS = Lexicon.grammar("subordinators");
    static final Set<String> DETERMINERS = Lexicon.grammar("determiners");
    static final Set<String> BE = Lexicon.grammar("be");
    static final Set<String> NEGATORS = Lexicon.grammar("negators");
    static final Set<String> DOCUMENT_NOUNS = Lexicon.grammar("document-nouns");
    static final Set<String> INSTITUTION_HEADS = Lexicon.grammar("institution-heads");
    static final Set<String> TERRITORY = Lexicon.grammar("territory");
    static final Set<String> ADVERBIAL_MARKERS = Lexicon.grammar("adverbial-markers");
    static final Set<String> ANSWER_WORDS = Lexicon.grammar("answer-nouns");
    static final Set<String> PLAIN_PRESENT = Lexicon.grammar("plain-present");
    static final Set<String> AUX_BEFORE_PLAIN = Lexicon.grammar("aux-before-plain");
    static final Set<String> PRESENT_TENSE_HEADS = Lexicon.grammar("present-tense-heads");
    static final Set<String> BACKGROUND_OPENERS = Lexicon.grammar("background-openers");
    static final Set<String> BACKGROUND_ADVERBS = Lexicon.grammar("background-adverbs");
    static final Set<String> OWN_FORCES = Lexicon.grammar("own-forces");
    static final Set<String> CONTINUATION_NOUNS = Lexicon.grammar("continuation-nouns");
    static final Set<String> TITLE_NOUNS = Lexicon.grammar("title-nouns");
    static final Set<String> MODIFIER_OFFICIAL_WORDS = Lexicon.grammar("modifier-official-words");
    static final Set<String> COMMA_ADVERBIALS = Lexicon.grammar("comma-adverbials");
    static final Set<String> VERB_TAIL_WORDS = Lexicon.grammar("verb-tail-words");
    static final Set<String> NON_CONTENT_OPENERS = Lexicon.grammar("non-content-openers");
    static final Set<String> SCENE_OPENERS = Lexicon.grammar("scene-openers");
    static final Set<String> TRAILING_WORDS = Lexicon.grammar("trailing-words");
    static final Set<String> CONTRAST_WORDS = Lexicon.grammar("contrast-words");
    static final Set<String> OPEN_QUESTIONS = Lexicon.grammar("open-questions");
    static final Set<String> OPEN_QUESTION_STEMS = Lexicon.grammar("open-question-stems");
    static final Set<String> PROSPECT_MODALS = Lexicon.grammar("prospect-modals");
    static final Set<String> MODALS = Lexicon.grammar("modals");
    static final Set<String> DEGREE_WORDS = Lexicon.grammar("degree-words");
    static final Set<String> PREDICATIVE_HEADS = Lexicon.grammar("predicative-heads");
    static final Set<String> JUDGEMENT_STEMS = Lexicon.grammar("judgement-stems");
    static final Set<String> NO_BUT_NOT_DENIAL = Lexicon.grammar("no-but-not-denial");
    static final Set<String> EVIDENCE_NOUNS = Lexicon.grammar("evidence-nouns");
    static final Set<String> MEMBER_NOUNS = Lexicon.grammar("member-nouns");
    static final Set<String> ACCUSATION_NOUNS = Lexicon.grammar("accusation-nouns");
    static final Set<String> PLACE_MODIFIERS = Lexicon.grammar("place-modifiers");
    static final Set<String> GROUP_VOICE_HEADS = Lexicon.grammar("group-voice-heads");
    static final Set<String> GEOGRAPHIC_HEADS = Lexicon.grammar("geographic-heads");
    static final Set<String> LIE_LOCATIVES = Lexicon.grammar("lie-locatives");
    static final Set<String> WITHHOLDING_VERBS = Lexicon.grammar("withholding-verbs");
    static final Set<String> INDEPENDENT_NOUNS = Lexicon.grammar("independent-nouns");
    static final Set<String> AGENTIVE_PARTICIPLES = Lexicon.grammar("agentive-participles");
    static final Set<String> ACCUSATION_STEMS = Lexicon.grammar("accusation-stems");

    /** Whether {@code word} begins with one of {@code stems}. */
    static boolean startsWithAny(Set<String> stems, String word) {
        for (String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the space-separated lower-case {@code words} begin with one of {@code phrases} as whole words: "in a
     * statement" begins with "in a", "took" does not begin with "too".
     */
    static boolean opensWith(Set<String> phrases, String words) {
        int end = -1;
        do {
            end = words.indexOf(' ', end + 1);
            if (phrases.contains(end < 0 ? words : words.substring(0, end))) {
                return true;
            }
        } while (end >= 0);
        return false;
    }

    private Grammar() {}
}
